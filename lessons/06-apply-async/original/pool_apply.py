import multiprocessing
import time

def process_task(task_id, x, y, delay):
    """Perform a calculation after a delay"""
    print(f"Starting task {task_id}")
    time.sleep(delay)  # Simulate work
    result = x * y
    print(f"Task {task_id} completed")
    return result

if __name__ == "__main__":
    with multiprocessing.Pool(processes=2) as pool:
        # apply() blocks until the result is ready
        result1 = pool.apply(process_task, args=(1, 2, 3, 2))
        print(f"Result 1: {result1}")

        result2 = pool.apply(process_task, args=(2, 5, 6, 1))
        print(f"Result 2: {result2}")

        # apply_async() returns immediately with an AsyncResult object
        async_result3 = pool.apply_async(process_task, args=(3, 8, 9, 3))
        async_result4 = pool.apply_async(process_task, args=(4, 11, 12, 2))

        print("Tasks are running in the background...")

        # The main process can do other work here
        print("Main process is doing other work...")

        # get() waits for each result
        result3 = async_result3.get()
        result4 = async_result4.get()

        print(f"Result 3: {result3}")
        print(f"Result 4: {result4}")
