import multiprocessing
import os
import time

def worker():
    """Function that will be executed in a separate process"""
    print(f"Worker process id: {os.getpid()}")
    print(f"Worker parent process id: {os.getppid()}")
    time.sleep(1)  # Simulate some work
    print("Worker process completed")

if __name__ == "__main__":
    print(f"Main process id: {os.getpid()}")

    # Create a process
    print("Starting worker process...")
    p = multiprocessing.Process(target=worker)

    # Start the process
    p.start()

    # Wait for the process to complete
    p.join()

    print("Main process completed")
