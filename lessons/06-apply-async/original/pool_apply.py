import multiprocessing
import time
import random  # imported by the lab's script, never used


def process_task(task_id, duration, data):
    print(f"Starting task {task_id} with duration {duration}s and data: {data}")
    time.sleep(duration)  # stands for real work
    result = sum(data) * task_id
    print(f"Task {task_id} completed")
    return result


if __name__ == "__main__":
    with multiprocessing.Pool(processes=2) as pool:
        print("Starting tasks with apply()...")
        # apply() waits for the result; the third argument is a whole list
        result1 = pool.apply(process_task, args=(1, 2, [1, 2, 3]))
        print(f"Result 1: {result1}")
        result2 = pool.apply(process_task, args=(2, 1, [4, 5, 6]))
        print(f"Result 2: {result2}")

        print("\nStarting tasks with apply_async()...")
        # apply_async() returns at once; the tasks run in the background
        async_result1 = pool.apply_async(process_task, args=(3, 3, [7, 8, 9]))
        async_result2 = pool.apply_async(process_task, args=(4, 2, [10, 11, 12]))

        print("Tasks are running in the background...")
        time.sleep(1)  # the main process is free meanwhile
        print("Main process is doing other work...")

        # get() waits for each result, in the order asked for
        print(f"Result 3: {async_result1.get()}")
        print(f"Result 4: {async_result2.get()}")
