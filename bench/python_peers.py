"""Python's own multiprocessing figures, measured on this machine in the same bench run.

Prints JSON: {"map_tasks_per_s", "apply_round_trip_us", "imap_tasks_per_s", "process_start_ms",
"python"}.
"""
import json
import statistics
import sys
import time
from multiprocessing import Pool, Process, Queue


def identity(x):
    return x


def started(asked_at, queue):
    queue.put(time.time() - asked_at)


def process_start_ms():
    """From Process.start() to the child's first line, as lesson 01's script starts its worker."""
    times = []
    for _ in range(5):
        queue = Queue()
        child = Process(target=started, args=(time.time(), queue))
        child.start()
        times.append(queue.get() * 1000)
        child.join()
    return statistics.median(times)


def main():
    with Pool(2) as pool:
        pool.map(identity, range(1000))
        items = range(100_000)
        map_times = []
        for _ in range(5):
            start = time.perf_counter()
            pool.map(identity, items)
            map_times.append(time.perf_counter() - start)
        for _ in range(200):
            pool.apply(identity, (1,))
        apply_times = []
        for _ in range(2000):
            start = time.perf_counter()
            pool.apply(identity, (1,))
            apply_times.append(time.perf_counter() - start)
        imap_items = range(20_000)
        start = time.perf_counter()
        for _ in pool.imap(identity, imap_items, 1):
            pass
        imap_seconds = time.perf_counter() - start
    print(json.dumps({
        "map_tasks_per_s": len(items) / statistics.median(map_times),
        "apply_round_trip_us": statistics.median(apply_times) * 1e6,
        "imap_tasks_per_s": len(imap_items) / imap_seconds,
        "process_start_ms": process_start_ms(),
        "python": sys.version.split()[0],
    }))


if __name__ == "__main__":
    main()
