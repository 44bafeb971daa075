import multiprocessing
import time
import numpy as np
from functools import partial

def process_data(data, multiplier=1):
    """Simulate a CPU-intensive computation on a chunk of data"""
    result = 0
    for _ in range(10):
        result = np.sum(np.sqrt(data ** 2) ** 2) * multiplier
    return result

if __name__ == "__main__":
    # Create test data: 8 chunks of 1 million random numbers
    data_chunks = [np.random.rand(1000000) for _ in range(8)]

    # Test 1: simple map
    start_time = time.time()
    with multiprocessing.Pool(processes=4) as pool:
        results1 = pool.map(process_data, data_chunks)
    print(f"Simple map completed in {time.time() - start_time:.2f} seconds")

    # Test 2: map with partial (multiplier=2)
    start_time = time.time()
    with multiprocessing.Pool(processes=4) as pool:
        results2 = pool.map(partial(process_data, multiplier=2), data_chunks)
    print(f"Map with partial completed in {time.time() - start_time:.2f} seconds")

    # Sequential processing for comparison
    start_time = time.time()
    results3 = [process_data(chunk) for chunk in data_chunks]
    print(f"Sequential processing completed in {time.time() - start_time:.2f} seconds")

    print(f"Test 1 result: {results1[0]:.4f}")
    print(f"Test 2 result: {results2[0]:.4f}")
