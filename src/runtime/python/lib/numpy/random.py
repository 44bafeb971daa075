"""numpy.random, the part the lab uses: rand, randint, seed (see numpy/__init__.py).

Unseeded, the numbers come from the browser's generator in one call (a million doubles in
milliseconds, where a Python loop takes most of a second; ``randint`` makes its integers there
too, when they fit its dtype); after ``seed(n)`` they come from Python's ``random.Random(n)``,
so a seeded run repeats.
"""

import array as _array
import math as _math
import random as _random

import numpy as _np

_seeded = None

# The integers each dtype holds, and that the browser's doubles count exactly (2**53).
_int_range = {"B": (0, 0xFF), "i": (-(2**31), 2**31 - 1), "q": (-(2**53), 2**53)}


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError(name)
    raise _np._missing(f"numpy.random.{name}")


def seed(value=None):
    global _seeded
    _seeded = None if value is None else _random.Random(value)


def _doubles(n):
    if _seeded is not None:
        return _array.array("d", [_seeded.random() for _ in range(n)])
    from multiprocessing import _host

    values = _array.array("d")
    values.frombytes(_host.random_doubles(n))
    return values


def rand(*shape):
    if not shape:
        return _np.float64(_doubles(1)[0])
    n = _math.prod(shape)
    return _np.ndarray(_doubles(n), _np._f64, tuple(shape))


def random(size=None):
    return rand() if size is None else rand(*((size,) if isinstance(size, int) else size))


def randint(low, high=None, size=None, dtype=int):
    if high is None:
        low, high = 0, low
    if high <= low:
        raise ValueError("low >= high")
    dt = _np._dtype(dtype)
    if size is None:
        return dt.type(low + int(_doubles(1)[0] * (high - low)))
    shape = (size,) if isinstance(size, int) else tuple(size)
    span = high - low
    n = _math.prod(shape)
    bounds = _int_range.get(dt.char) if dt.kind in "iu" else None
    if _seeded is None and bounds and bounds[0] <= low and high - 1 <= bounds[1]:
        from multiprocessing import _host

        values = _array.array(dt.char)
        values.frombytes(_host.random_ints(n, low, span, dt.char))
        return _np.ndarray(values, dt, shape)
    values = _np._convert([low + int(x * span) for x in _doubles(n)], dt)
    return _np.ndarray(values, dt, shape)
