import multiprocessing
import time
import os


def worker(worker_id):
    print(f"Worker {worker_id} (PID: {os.getpid()}) started")
    time.sleep(1)  # stands for real work
    print(f"Worker {worker_id} completed")
    return worker_id * 2  # a Process cannot hand this back: the main process never sees it


if __name__ == "__main__":
    print(f"Main process PID: {os.getpid()}")

    processes = []
    for i in range(3):
        # args is a tuple: (i,) with its comma, not (i)
        p = multiprocessing.Process(target=worker, args=(i,))
        processes.append(p)
        p.start()

    # Start all three first, then wait for each one
    for p in processes:
        p.join()

    print("All processes completed")
