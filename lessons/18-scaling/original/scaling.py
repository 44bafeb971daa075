# Not one of the lab's scripts: this lesson's measurement in Python, exercise solved (without the
# chart), for comparison.
import multiprocessing
import time

TASKS = 32
# A twenty-fifth of the TypeScript program's span: CPython runs this loop far slower than
# JavaScript (the TypeScript's 32 × 50 000 took 162 s sequentially on a busy 2-core VM)
SPAN = 2_000
BASE = 10_000_000

def count_primes(start, end):
    # The primes in [start, end), by trial division: pure CPU work
    count = 0
    for n in range(max(start, 2), end):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            count += 1
    return count

if __name__ == "__main__":
    tasks = [(BASE + i * SPAN, BASE + (i + 1) * SPAN) for i in range(TASKS)]

    # The baseline: a plain loop in the main process
    start = time.time()
    expected = sum(count_primes(a, b) for a, b in tasks)
    sequential = time.time() - start
    print(f"Sequential: {sequential:.2f} s ({expected} primes)")

    # 1, 2, 4, ... workers, up to the number of cores
    cores = multiprocessing.cpu_count()
    worker_counts = []
    n = 1
    while n <= cores:
        worker_counts.append(n)
        n *= 2
    if worker_counts[-1] != cores:
        worker_counts.append(cores)

    speedups = []
    for n in worker_counts:
        with multiprocessing.Pool(n) as pool:
            pool.starmap(count_primes, [(0, 1)] * n)  # warm up
            start = time.time()
            total = sum(pool.starmap(count_primes, tasks))
            seconds = time.time() - start
        if total != expected:
            raise RuntimeError(f"Wrong total with {n} workers: {total}")
        speedups.append(sequential / seconds)
        print(f"Workers: {n}, time: {seconds:.2f} s, speed-up: {sequential / seconds:.2f}x")

    # Amdahl: S = 1 / ((1 - p) + p / N), solved for p at the largest worker count
    N = worker_counts[-1]
    S = speedups[-1]
    if N > 1:
        p = (1 - 1 / S) / (1 - 1 / N)
        print(f"Parallel fraction p = {p:.3f}")
        print(f"Amdahl's limit with infinitely many workers: {1 / (1 - p):.1f}x")
