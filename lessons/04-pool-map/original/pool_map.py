import multiprocessing
import time

def process_item(item):
    """Process a single item (simulating a CPU-intensive task)"""
    print(f"Processing item {item} in {multiprocessing.current_process().name}")
    time.sleep(1)  # Simulate work
    return item * 10

if __name__ == "__main__":
    # Get the number of CPU cores
    num_cores = multiprocessing.cpu_count()
    print(f"System has {num_cores} CPU cores")

    items = list(range(10))

    start_time = time.time()

    # Create a pool with as many processes as CPU cores
    with multiprocessing.Pool(processes=num_cores) as pool:
        results = pool.map(process_item, items)

    end_time = time.time()

    print(f"All processing completed in {end_time - start_time:.2f} seconds")
    print(f"Results: {results}")
