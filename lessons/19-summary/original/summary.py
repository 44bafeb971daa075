# Not one of the lab's scripts: this lesson's three jobs in Python, exercise solved, for
# comparison.
import multiprocessing
import time
from functools import partial

def square(x):
    return x * x

def area(width, height):
    return width * height

def to_celsius(fahrenheit, digits):
    return round((fahrenheit - 32) * 5 / 9, digits)

def download(file):
    name, seconds = file
    time.sleep(seconds)
    return name

if __name__ == "__main__":
    with multiprocessing.Pool(3) as pool:
        # The example: one argument per item, map
        print("Squares:", pool.map(square, [1, 2, 3]))

        # Several arguments per item: starmap
        rooms = [(3, 4), (5, 5), (2, 7), (6, 3)]
        print("Areas:", pool.starmap(area, rooms))

        # One argument varies, one is fixed: partial and map
        temperatures = [32, 212, 98.6, 50]
        print("Celsius:", pool.map(partial(to_celsius, digits=1), temperatures))

        # Results as soon as each is ready: imap_unordered
        files = [("big.bin", 3), ("small.txt", 1), ("medium.png", 2)]
        print(f"{len(files)} files to download")
        for name in pool.imap_unordered(download, files):
            print(f"Arrived: {name}")
