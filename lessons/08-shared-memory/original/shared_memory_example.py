import multiprocessing
import numpy as np
import time

def process_chunk(shared_array, start, end):
    """Process a chunk of the shared array"""
    # Create a NumPy view of the shared memory
    arr = np.frombuffer(shared_array.get_obj())
    for i in range(start, end):
        arr[i] = arr[i] ** 2
    return start, end

if __name__ == "__main__":
    # Create a shared array
    size = 1000000
    shared_array = multiprocessing.Array('d', size)

    # Initialize the array with values
    arr = np.frombuffer(shared_array.get_obj())
    arr[:] = np.arange(size)

    print(f"Array initialized with size {size}")
    print(f"First 5 elements: {arr[:5]}")

    # Split the work into chunks
    num_processes = 4
    chunk_size = size // num_processes
    chunks = [(shared_array, i * chunk_size, (i + 1) * chunk_size) for i in range(num_processes)]

    print("Starting parallel processing...")
    start_time = time.time()

    with multiprocessing.Pool(processes=num_processes) as pool:
        results = pool.starmap(process_chunk, chunks)

    end_time = time.time()

    print(f"Processing completed in {end_time - start_time:.2f} seconds")
    print(f"First 5 elements after processing: {arr[:5]}")
    print(f"Results summary: {results}")
