import multiprocessing
import time

def process_data(item_id, value, multiplier):
    """Process data with multiple arguments"""
    print(f"Processing item {item_id}: {value} with multiplier {multiplier}")
    time.sleep(1)  # Simulate work
    return value * multiplier

if __name__ == "__main__":
    # Data as tuples of arguments: (item_id, value, multiplier)
    data = [
        (1, 10, 1),
        (2, 15, 2),
        (3, 10, 3),
        (4, 20, 4),
        (5, 25, 5)
    ]

    start_time = time.time()

    # Use starmap to pass multiple arguments
    with multiprocessing.Pool(processes=3) as pool:
        results = pool.starmap(process_data, data)

    end_time = time.time()

    print(f"All processing completed in {end_time - start_time:.2f} seconds")
    print(f"Results: {results}")
