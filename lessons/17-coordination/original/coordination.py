# Not one of the lab's scripts: this lesson's program in Python, for comparison.
import multiprocessing

WORKERS = 4
TIMES = 20_000

def add_many(counter, times, queue):
    added = 0
    for _ in range(times):
        with counter.get_lock():          # without this, updates get lost
            current = counter.value       # read
            counter.value = current + 1   # write
        added += 1
    queue.put(added)                      # report back to the parent

if __name__ == "__main__":
    counter = multiprocessing.Value('i', 0)
    queue = multiprocessing.Queue()
    processes = [multiprocessing.Process(target=add_many, args=(counter, TIMES, queue))
                 for _ in range(WORKERS)]
    for p in processes:
        p.start()
    # Drain the queue before joining: a process that has put data on a Queue does not end
    # until the data has been taken (its feeder thread is still flushing the pipe).
    total = sum(queue.get() for _ in range(WORKERS))
    for p in processes:
        p.join()
    print(f"Counter: {counter.value} (expected {WORKERS * TIMES})")
    print(f"Sum of reports: {total}")
