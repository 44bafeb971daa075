# Not one of the lab's scripts: this lesson's measurement in Python, for comparison.
import multiprocessing
import time

def noop(x):
    return x

def weighted(i):
    time.sleep(0.01 * i)  # task i takes i × 10 ms: the last tasks are the heaviest
    return i

if __name__ == "__main__":
    n = 20_000
    items = list(range(n))
    with multiprocessing.Pool(2) as pool:
        pool.map(noop, [0, 1])  # warm up
        for chunksize in [1, 10, 100, 1000]:
            start = time.time()
            pool.map(noop, items, chunksize)
            seconds = time.time() - start
            print(f"chunksize {chunksize}: {n / seconds:.0f} tasks/s")

        for chunksize in [20, 1]:
            start = time.time()
            pool.map(weighted, range(40), chunksize)
            print(f"Uneven tasks, chunksize {chunksize}: {time.time() - start:.2f} seconds")
