import multiprocessing
import time
import numpy as np
from functools import partial


def process_data_simple(data):
    # A sum of squares, element by element (a Python loop over the array, not numpy's vectorised sum)
    return sum(x ** 2 for x in data)


def process_data_with_config(data, multiplier):
    return sum(x ** 2 for x in data) * multiplier


def run_test(test_name, func, data_chunks, pool_size=4, **kwargs):
    # The timer starts before the pool exists and stops after it has shut down
    start_time = time.time()
    with multiprocessing.Pool(processes=pool_size) as pool:
        if kwargs:
            # Keyword arguments given to run_test are fixed on func, by keyword
            partial_func = partial(func, **kwargs)
            results = pool.map(partial_func, data_chunks)
        else:
            results = pool.map(func, data_chunks)
    end_time = time.time()
    print(f"{test_name} completed in {end_time - start_time:.4f} seconds")
    return results


if __name__ == "__main__":
    chunk_size = 1000000
    num_chunks = 8
    # Eight arrays of a million random numbers in [0, 1); each one is pickled to a worker
    data_chunks = [np.random.rand(chunk_size) for _ in range(num_chunks)]
    print(f"Created {num_chunks} data chunks of size {chunk_size} each")

    results1 = run_test("Simple map", process_data_simple, data_chunks)
    # multiplier=2 arrives in run_test's **kwargs
    results2 = run_test("Map with partial", process_data_with_config, data_chunks, multiplier=2)

    # The same work in the main process, for comparison
    start_time = time.time()
    seq_results = [process_data_simple(chunk) for chunk in data_chunks]
    end_time = time.time()
    print(f"Sequential processing completed in {end_time - start_time:.4f} seconds")

    print("\nFirst result from each test:")
    print(f"Test 1 first result: {results1[0]:.4f}")
    print(f"Test 2 first result: {results2[0]:.4f} (should be double of Test 1)")
    print(f"Sequential first result: {seq_results[0]:.4f}")
