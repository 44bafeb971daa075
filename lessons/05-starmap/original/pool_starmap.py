import multiprocessing
import time


def process_data(id, value, multiplier):
    print(f"Processing item {id}: {value} with multiplier {multiplier}")
    time.sleep(1)  # stands for real work
    return value * multiplier


if __name__ == "__main__":
    # One tuple per call: (id, value, multiplier)
    arguments = [(1, 5, 2), (2, 10, 3), (3, 15, 2), (4, 20, 4), (5, 25, 5)]

    with multiprocessing.Pool(processes=3) as pool:
        print("Starting parallel processing with multiple arguments...")
        start_time = time.time()
        # starmap unpacks each tuple into the parameters: process_data(1, 5, 2), ...
        results = pool.starmap(process_data, arguments)
        end_time = time.time()
        print(f"All processing completed in {end_time - start_time:.2f} seconds")
        print(f"Results: {results}")
