import multiprocessing
import time
import os


def process_item(item):
    process_id = os.getpid()
    print(f"Process {process_id} processing item {item}")
    time.sleep(1)  # stands for real work
    return item * 10


if __name__ == "__main__":
    items = list(range(10))

    num_cores = multiprocessing.cpu_count()
    print(f"System has {num_cores} CPU cores")

    # One worker process per CPU core
    with multiprocessing.Pool(processes=num_cores) as pool:
        print("Starting parallel processing...")
        start_time = time.time()
        results = pool.map(process_item, items)
        end_time = time.time()
        print(f"All processing completed in {end_time - start_time:.2f} seconds")
        print(f"Results: {results}")
