"""Python's own multiprocessing figures, measured on this machine in the same bench run.

Prints JSON: {"map_tasks_per_s", "apply_round_trip_us", "imap_tasks_per_s", "python"}.
"""
import json
import statistics
import sys
import time
from multiprocessing import Pool


def identity(x):
    return x


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
        "python": sys.version.split()[0],
    }))


if __name__ == "__main__":
    main()
