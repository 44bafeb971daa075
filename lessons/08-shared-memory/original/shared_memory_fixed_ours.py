# Not the lab's script: our minimal fix of shared_memory_example.py, which crashes on CPython.
# A multiprocessing.Array cannot travel inside a task's arguments; it can only reach a worker
# when the worker starts ("through inheritance"). So the pool's initializer hands it over once,
# and the tasks carry only their index ranges. Everything else is the lab's script unchanged.
import multiprocessing
import numpy as np
import time


def process_array_chunk(array, start_idx, end_idx):
    print(f"Processing chunk from index {start_idx} to {end_idx}")
    # Square each element in place, through the shared array itself
    for i in range(start_idx, end_idx):
        array[i] = array[i] ** 2
    time.sleep(1)  # stands for more work
    return (start_idx, end_idx)


def init_worker(array):
    # Runs once in each worker as it starts: keep the inherited array for its tasks
    global inherited_array
    inherited_array = array


def process_inherited_chunk(start_idx, end_idx):
    return process_array_chunk(inherited_array, start_idx, end_idx)


if __name__ == "__main__":
    array_size = 1000000
    # A million C doubles ('d') in shared memory
    shared_array = multiprocessing.Array('d', array_size)

    # A numpy view of the same memory (no copy), filled with 0.0, 1.0, 2.0, ...
    temp_array = np.frombuffer(shared_array.get_obj())
    temp_array[:] = np.arange(array_size)

    print(f"Array initialized with size {array_size}")
    print(f"First 5 elements: {temp_array[:5]}")

    # Four index ranges; the last one ends at the array's size
    num_processes = 4
    chunk_size = array_size // num_processes
    tasks = []
    for i in range(num_processes):
        start = i * chunk_size
        end = start + chunk_size if i < num_processes - 1 else array_size
        tasks.append((start, end))

    # The fix: the array goes to each worker once, at start-up, and the tasks carry only (start, end)
    with multiprocessing.Pool(
        processes=num_processes, initializer=init_worker, initargs=(shared_array,)
    ) as pool:
        print("Starting parallel processing...")
        start_time = time.time()
        results = pool.starmap(process_inherited_chunk, tasks)
        end_time = time.time()
        print(f"Processing completed in {end_time - start_time:.2f} seconds")

    print(f"First 5 elements after processing: {temp_array[:5]}")
    print(f"Results summary: {results}")
