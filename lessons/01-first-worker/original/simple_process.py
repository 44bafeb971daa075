import multiprocessing
import time
import os


def worker():
    # Runs in the new process: it has its own PID, and its parent is the main process
    print(f"Worker process id: {os.getpid()}")
    print(f"Worker parent process id: {os.getppid()}")
    time.sleep(1)  # stands for real work
    print("Worker process completed")


if __name__ == "__main__":
    print(f"Main process id: {os.getpid()}")

    # A process that will run worker(), with no arguments
    p = multiprocessing.Process(target=worker)

    print("Starting worker process...")
    p.start()
    p.join()  # wait here until the worker has finished

    print("Main process completed")
