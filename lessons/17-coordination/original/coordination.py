# Not one of the lab's scripts: this lesson's program in Python, exercise solved, for comparison.
import multiprocessing

WORKERS = 4
TIMES = 20_000

# The shared counter, handed to every worker once by the pool's initializer (as in lesson 8):
# a synchronized Value cannot be a task's argument
counter = None

def init(shared):
    global counter
    counter = shared

def add_many(times):
    last = 0
    for _ in range(times):
        with counter.get_lock():          # without this, updates get lost
            current = counter.value       # read
            counter.value = current + 1   # write
            last = current + 1
    return last                           # the value this worker wrote last

if __name__ == "__main__":
    shared = multiprocessing.Value('i', 0)
    with multiprocessing.Pool(WORKERS, initializer=init, initargs=(shared,)) as pool:
        last_written = pool.map(add_many, [TIMES] * WORKERS)
        print(f"Last value each worker wrote: {', '.join(map(str, last_written))}")
    print(f"Counter: {shared.value} (expected {WORKERS * TIMES})")
