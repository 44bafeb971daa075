import multiprocessing
import time

def square(x):
    """Function to calculate the square of a number"""
    time.sleep(1)  # Simulate a time-consuming calculation
    return x * x

if __name__ == "__main__":
    numbers = [1, 2, 3, 4, 5]

    # Create a pool with 2 processes
    start_time = time.time()
    with multiprocessing.Pool(processes=2) as pool:
        # Map the square function to the numbers
        results = pool.map(square, numbers)
    end_time = time.time()

    print(f"Results: {results}")
    print(f"Time taken: {end_time - start_time:.2f} seconds")

    # Compare with sequential processing
    start_time = time.time()
    sequential_results = [square(x) for x in numbers]
    end_time = time.time()

    print(f"Sequential results: {sequential_results}")
    print(f"Sequential time: {end_time - start_time:.2f} seconds")
