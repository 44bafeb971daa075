# Not one of the lab's scripts: this lesson's measurement in Python, for comparison.
import multiprocessing
import time

TASKS = 32
SPAN = 50_000
BASE = 10_000_000

def count_primes(start, end):
    count = 0
    for n in range(start, end):
        if n < 2:
            continue
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

    start = time.time()
    expected = sum(count_primes(a, b) for a, b in tasks)
    sequential = time.time() - start
    print(f"Sequential: {sequential:.2f} s ({expected} primes)")

    n = 1
    while n <= multiprocessing.cpu_count():
        with multiprocessing.Pool(n) as pool:
            pool.starmap(count_primes, [(0, 1)] * n)  # warm up
            start = time.time()
            total = sum(pool.starmap(count_primes, tasks))
            seconds = time.time() - start
        assert total == expected
        print(f"Workers: {n}, time: {seconds:.2f} s, speed-up: {sequential / seconds:.2f}x")
        n *= 2
