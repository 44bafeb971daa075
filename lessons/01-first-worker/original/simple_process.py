import multiprocessing
import os
import time

def worker():
    print(f"Worker process id: {os.getpid()}")
    print(f"Worker parent process id: {os.getppid()}")
    time.sleep(1)
    print("Worker process completed")

if __name__ == "__main__":
    print(f"Main process id: {os.getpid()}")
    print("Starting worker process...")
    p = multiprocessing.Process(target=worker)
    p.start()
    p.join()
    print("Main process completed")
