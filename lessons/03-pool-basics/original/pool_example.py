import multiprocessing
import time


def square(x):
    print(f"Processing {x}...")
    time.sleep(1)  # stands for a slow calculation
    return x * x


if __name__ == "__main__":
    numbers = [1, 2, 3, 4, 5]

    # Two worker processes; leaving the with block shuts the pool down
    with multiprocessing.Pool(processes=2) as pool:
        start_time = time.time()
        # Each number becomes the single argument of one call of square
        results = pool.map(square, numbers)
        end_time = time.time()
        print(f"Results: {results}")
        print(f"Time taken: {end_time - start_time:.2f} seconds")

    # The same work, one call after another, in the main process
    start_time = time.time()
    sequential_results = [square(n) for n in numbers]
    end_time = time.time()
    print(f"Sequential results: {sequential_results}")
    print(f"Sequential time: {end_time - start_time:.2f} seconds")
