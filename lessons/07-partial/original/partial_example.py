import multiprocessing
from functools import partial
import time

def process_with_config(data, config_a, config_b):
    """Process data with configuration parameters"""
    print(f"Processing {data} with config_a={config_a}, config_b={config_b}")
    time.sleep(1)  # Simulate work
    return data * config_a + config_b

if __name__ == "__main__":
    data_items = [1, 2, 3, 4, 5]

    # Create a partial function with fixed configuration values
    process_func = partial(process_with_config, config_a=10, config_b=5)

    with multiprocessing.Pool(processes=3) as pool:
        # Only the data items are passed; the configuration is fixed by partial
        results = pool.map(process_func, data_items)

    print(f"Results: {results}")
