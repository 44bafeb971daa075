import multiprocessing
from functools import partial
import time


def process_with_config(data, config_a, config_b):
    print(f"Processing {data} with config_a={config_a}, config_b={config_b}")
    time.sleep(1)  # stands for real work
    return data * config_a + config_b


if __name__ == "__main__":
    data_items = [1, 2, 3, 4, 5]
    config_a = 10
    config_b = 5

    # Fix both settings by keyword; data stays the one free parameter
    partial_process = partial(process_with_config, config_a=config_a, config_b=config_b)

    with multiprocessing.Pool(processes=3) as pool:
        print("Starting processing with partial function...")
        # map feeds each item to partial_process:
        # process_with_config(item, config_a=10, config_b=5)
        results = pool.map(partial_process, data_items)
        print(f"Results: {results}")
