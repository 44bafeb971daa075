import multiprocessing
import os
import time

def worker(worker_id):
    """Function executed by each worker process"""
    print(f"Worker {worker_id} (PID: {os.getpid()}) started")
    time.sleep(1)  # Simulate some work
    print(f"Worker {worker_id} completed")
    return worker_id * 2  # This return value is not accessible to the parent process

if __name__ == "__main__":
    processes = []

    # Create and start 3 worker processes
    for i in range(3):
        p = multiprocessing.Process(target=worker, args=(i,))
        processes.append(p)
        p.start()

    # Wait for all processes to complete
    for p in processes:
        p.join()

    print("All processes completed")
