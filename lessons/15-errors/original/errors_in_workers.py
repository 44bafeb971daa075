# Not one of the lab's scripts (the lab never raises an error in a worker): this lesson's
# program in Python, exercise solved, for comparison.
import multiprocessing
import os
import time

class BadInput(Exception):
    pass

def risky(x):
    time.sleep(0.2)
    if x % 3 == 0:
        raise BadInput(f"{x} is a multiple of 3")
    return x * x

def crash():
    os._exit(1)  # the worker process dies

if __name__ == "__main__":
    inputs = [1, 2, 3, 4, 5, 6]
    with multiprocessing.Pool(2) as pool:
        # 1. map re-raises the first error, with its class; the worker's traceback is chained
        try:
            pool.map(risky, inputs)
        except BadInput as error:
            print(f"map failed: {type(error).__name__}: {error}")
            print(f"remote traceback: {error.__cause__}")

        # 2. error_callback is called in the parent with the exception
        result = pool.apply_async(risky, (9,), error_callback=lambda e: print(f"error_callback: {e!r}"))
        result.wait()
        print(f"ready: {result.ready()}, successful: {result.successful()}")

        # 3. an argument that cannot be pickled
        try:
            pool.apply(len, ([lambda: None],))
        except Exception as error:
            print(f"apply failed: {type(error).__name__}: {error}")
        print("The pool still works:", pool.map(risky, [1, 2]))

        # Keep going past failures: one AsyncResult per input, each read in input order
        pending = [(x, pool.apply_async(risky, (x,))) for x in inputs]
        squares = []
        failed = []
        for x, async_result in pending:
            try:
                squares.append(async_result.get())
            except BadInput:
                failed.append(x)
        print("Squares:", squares)
        print("Failed inputs:", failed)

    # 4. a worker that dies: CPython's Pool replaces the worker, but the task's result never
    #    arrives, so get() without a timeout would wait forever
    with multiprocessing.Pool(1) as pool:
        try:
            pool.apply_async(crash).get(timeout=2)
        except multiprocessing.TimeoutError:
            print("apply_async(crash).get(timeout=2) timed out: the worker died")
