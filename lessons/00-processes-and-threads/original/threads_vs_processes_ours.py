# Not one of the lab's scripts: ours, to measure the lab's table of processes and threads.
# The same CPU-bound function runs four times: one call after another, in four threads, and in a
# pool of two processes. The threads take as long as the plain loop: only the thread that holds
# the GIL (Global Interpreter Lock) runs Python code. The processes each have their own
# interpreter and their own GIL, so two of them really run at once. Waiting is different: a
# thread that sleeps lets go of the GIL, so four threads can wait at the same time.
import multiprocessing
import threading
import time


def count_primes(limit):
    # Pure Python arithmetic: the thread running it holds the GIL the whole time
    count = 0
    for n in range(2, limit):
        for d in range(2, int(n ** 0.5) + 1):
            if n % d == 0:
                break
        else:
            count += 1
    return count


def in_threads(func, inputs):
    # Runs func(x) for every input, each in its own thread, and returns the results in order
    results = [None] * len(inputs)

    def run(i):
        results[i] = func(inputs[i])

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(inputs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def wait(seconds):
    time.sleep(seconds)  # stands for waiting on a disk or a network
    return seconds


if __name__ == "__main__":
    limits = [100_000] * 4

    start = time.time()
    results = [count_primes(limit) for limit in limits]
    print(f"Sequential: {results} in {time.time() - start:.2f} seconds")

    start = time.time()
    results = in_threads(count_primes, limits)
    print(f"4 threads: {results} in {time.time() - start:.2f} seconds")

    start = time.time()
    with multiprocessing.Pool(processes=2) as pool:
        results = pool.map(count_primes, limits)
    print(f"Pool of 2 processes: {results} in {time.time() - start:.2f} seconds")

    start = time.time()
    results = in_threads(wait, [1, 1, 1, 1])
    print(f"4 threads waiting 1 s each: {results} in {time.time() - start:.2f} seconds")
