"""A small numpy for Parallel Lab's Python mode: exactly what the lab's scripts use.

Real numpy is compiled C that cannot be loaded in this page, so this pure-Python subset covers
the lab (LAB.md): ``frombuffer`` (also as a live view of a ``multiprocessing.Array``'s
``get_obj()``, so every process sees the same memory), ``array``, ``arange``, ``zeros``,
``random.rand``, ``random.randint(..., dtype=np.uint8)``, ``random.seed``, one-dimensional
float64/int64/uint8/float32/int32 arrays with ``len``, iteration, indexing, slicing, slice
assignment, ``+ - * / // % **`` (with a number or an array of the same length), comparison,
``sum()``/``mean()``/``min()``/``max()``, ``reshape``/``shape``/``dtype``/``tobytes``,
pickling (so arrays travel to Pool workers), and printing as numpy prints
(``[0. 1. 2. 3. 4.]``, ``[ 0.  1.  4.  9. 16.]``). Multi-dimensional arrays can be made and
reshaped, but indexing and arithmetic are one-dimensional. Iterating a float64 array gives
Python floats (numpy gives ``np.float64``, a subclass of float: the arithmetic is the same).
Anything else raises an error that says what this subset covers.
"""

import array as _array
import builtins as _builtins
import math as _math
import operator as _operator
import struct as _struct

__version__ = "2.2.0.parallel-lab-subset"


def _missing(what):
    from multiprocessing import _host

    return AttributeError(_host.say("numpySubset", what=what))


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError(name)
    raise _missing(f"numpy.{name}")


# Scalar types ---------------------------------------------------------------------------------


# numpy 2 names a scalar's type in its repr only: print(), str() and f-strings show the bare
# number (print(np.arange(3).sum()) prints 3, [np.int64(3)] is a list's repr).


class float64(float):
    def __repr__(self):
        return f"np.float64({float.__repr__(self)})"

    __str__ = float.__repr__


def _as_float32(x):
    return _array.array("f", [x])[0]


def _shortest32(x):
    """A float32 as numpy prints it: the fewest digits that read back as the same float32 (0.1,
    not 0.10000000149011612, the double it is held as), positional from 1e-4 up to 1e6 and in
    scientific notation outside (1.6777216e+07, 1e-05), as numpy 2.4 prints float32."""
    if not _math.isfinite(x):
        return float.__repr__(x)
    for digits in range(1, 10):
        text = f"{x:.{digits - 1}e}"
        if _as_float32(float(text)) == x:
            break
    if x == 0 or 1e-4 <= abs(x) < 1e6:
        return float.__repr__(float(text))
    mantissa, exponent = text.split("e")
    return f"{mantissa}e{exponent}"


class float32(float):
    def __new__(cls, value=0.0):
        return float.__new__(cls, _as_float32(float(value)))

    def __repr__(self):
        return f"np.float32({_shortest32(self)})"

    def __str__(self):
        return _shortest32(self)

    def __format__(self, spec):
        # numpy formats a float32 as the double it holds: f"{np.float32(0.1)}" is 0.10000000149011612.
        return float.__format__(self, spec) if spec else float.__repr__(self)


class int64(int):
    def __repr__(self):
        return f"np.int64({int.__repr__(self)})"

    __str__ = int.__repr__


class int32(int):
    def __repr__(self):
        return f"np.int32({int.__repr__(self)})"

    __str__ = int.__repr__


class uint8(int):
    def __repr__(self):
        return f"np.uint8({int.__repr__(self)})"

    __str__ = int.__repr__


class dtype(object):
    """An array's element type: name, array-module typecode, item size, scalar type."""

    _all = {}

    def __init__(self, name, code, itemsize, scalar, kind):
        self.name = name
        self.char = code
        self.itemsize = itemsize
        self.type = scalar
        self.kind = kind
        dtype._all[name] = self

    def __repr__(self):
        return f"dtype('{self.name}')"

    def __str__(self):
        return self.name

    def __eq__(self, other):
        try:
            return _dtype(other) is self
        except Exception:
            return False

    def __hash__(self):
        return hash(self.name)

    def __reduce__(self):
        return (_dtype, (self.name,))


_f64 = dtype("float64", "d", 8, float64, "f")
_f32 = dtype("float32", "f", 4, float32, "f")
_i64 = dtype("int64", "q", 8, int64, "i")
_i32 = dtype("int32", "i", 4, int32, "i")
_u8 = dtype("uint8", "B", 1, uint8, "u")
_by_type = {float64: _f64, float: _f64, float32: _f32, int64: _i64, int: _i64, int32: _i32, uint8: _u8}
# A multiprocessing shared array's typecode, for frombuffer.
_by_code = {"d": _f64, "f": _f32, "q": _i64, "l": _i64, "i": _i32, "B": _u8}


def _dtype(spec):
    if spec is None:
        return _f64
    if isinstance(spec, dtype):
        return spec
    if spec in _by_type:
        return _by_type[spec]
    if isinstance(spec, str) and spec in dtype._all:
        return dtype._all[spec]
    raise _missing(f"dtype {spec!r}")


# Arrays ---------------------------------------------------------------------------------------


def _shared_base(buffer):
    """The multiprocessing RawArray behind `buffer`, if it is one."""
    from multiprocessing import sharedctypes

    return buffer if isinstance(buffer, sharedctypes._RawArray) else None


class ndarray(object):
    """A numpy array: a dtype, a shape, and its elements in an array.array or in shared memory.

    A shared array (frombuffer over a multiprocessing Array) reads and writes the shared memory
    itself, element range by element range, so another process sees every write.
    """

    __array_priority__ = 0

    def __init__(self, data, dt, shape=None, shared=None, start=0):
        self.dtype = dt
        self._data = data  # array.array of dt.char, or None when shared
        self._shared = shared  # a multiprocessing RawArray
        self._start = start  # first element, in the shared array's elements of this dtype
        n = len(data) if data is not None else 0
        self.shape = shape if shape is not None else (n,)

    # What it holds

    @property
    def size(self):
        return _math.prod(self.shape)

    @property
    def ndim(self):
        return len(self.shape)

    @property
    def itemsize(self):
        return self.dtype.itemsize

    @property
    def nbytes(self):
        return self.size * self.dtype.itemsize

    def _values(self):
        """The elements as an array.array (a copy, for a shared array)."""
        if self._shared is None:
            return self._data
        size = self.dtype.itemsize
        raw = _host_read(self._shared, self._start * size, self.size * size)
        values = _array.array(self.dtype.char)
        values.frombytes(raw)
        return values

    def _scalar(self, value):
        return self.dtype.type(value)

    def __len__(self):
        if not self.shape:
            raise TypeError("len() of unsized object")
        return self.shape[0]

    def __iter__(self):
        if self.ndim > 1:
            raise _missing("iterating a multi-dimensional array")
        return iter(self._values())

    def tolist(self):
        values = self._values().tolist()
        return _nest(values, self.shape)

    def tobytes(self):
        return self._values().tobytes()

    def copy(self):
        return ndarray(_array.array(self.dtype.char, self._values()), self.dtype, self.shape)

    def astype(self, dt):
        dt = _dtype(dt)
        return ndarray(_convert(self._values(), dt), dt, self.shape)

    def reshape(self, *shape):
        if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
            shape = tuple(shape[0])
        if -1 in shape:
            known = _math.prod(s for s in shape if s != -1)
            shape = tuple(self.size // known if s == -1 else s for s in shape)
        if _math.prod(shape) != self.size:
            raise ValueError(f"cannot reshape array of size {self.size} into shape {tuple(shape)}")
        return ndarray(self._values(), self.dtype, tuple(shape))

    # Indexing

    def _range(self, key):
        if self.ndim != 1:
            raise _missing("indexing a multi-dimensional array")
        return range(*key.indices(self.shape[0]))

    def _index(self, i):
        if self.ndim != 1:
            raise _missing("indexing a multi-dimensional array")
        n = self.shape[0]
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(f"index {i} is out of bounds for axis 0 with size {n}")
        return i

    def __getitem__(self, key):
        if isinstance(key, slice):
            r = self._range(key)
            if self._shared is not None and r.step == 1:
                return ndarray(None, self.dtype, (len(r),), self._shared, self._start + r.start)
            values = self._values()
            return ndarray(_array.array(self.dtype.char, values[key]), self.dtype)
        if isinstance(key, int):
            i = self._index(key)
            if self._shared is not None:
                return self._scalar(self[i : i + 1]._values()[0])
            return self._scalar(self._data[i])
        raise _missing(f"indexing with {type(key).__name__}")

    def __setitem__(self, key, value):
        if isinstance(key, int):
            key = slice(self._index(key), self._index(key) + 1)
            value = [value]
        if not isinstance(key, slice):
            raise _missing(f"assigning with an index of {type(key).__name__}")
        r = self._range(key)
        if isinstance(value, ndarray):
            values = value._values()
        elif isinstance(value, (int, float)):
            values = [value] * len(r)
        else:
            values = list(value)
        if len(values) != len(r):
            raise ValueError(
                f"could not broadcast input array from shape ({len(values)},) into shape ({len(r)},)"
            )
        converted = _convert(values, self.dtype)
        if self._shared is not None and r.step == 1:
            size = self.dtype.itemsize
            _host_write(self._shared, (self._start + r.start) * size, converted.tobytes())
        elif self._shared is not None:
            data = self._values()
            data[key] = converted
            _host_write(self._shared, self._start * self.dtype.itemsize, data.tobytes())
        else:
            self._data[key] = converted

    # Arithmetic

    def _operate(self, other, op, reverse=False):
        a = self._values()
        if isinstance(other, ndarray):
            b = other._values()
            if len(b) != len(a):
                raise ValueError(
                    f"operands could not be broadcast together with shapes {self.shape} {other.shape}"
                )
            dt = _result_dtype(self.dtype, other.dtype, op)
            pairs = zip(b, a) if reverse else zip(a, b)
            return ndarray(_convert([op(x, y) for x, y in pairs], dt), dt, self.shape)
        if isinstance(other, (int, float)):
            dt = _result_dtype(self.dtype, _f64 if isinstance(other, float) else self.dtype, op)
            if reverse:
                values = [op(other, x) for x in a]
            else:
                values = [op(x, other) for x in a]
            return ndarray(_convert(values, dt), dt, self.shape)
        return NotImplemented

    def __add__(self, other):
        return self._operate(other, _operator.add)

    def __radd__(self, other):
        return self._operate(other, _operator.add, True)

    def __sub__(self, other):
        return self._operate(other, _operator.sub)

    def __rsub__(self, other):
        return self._operate(other, _operator.sub, True)

    def __mul__(self, other):
        return self._operate(other, _operator.mul)

    def __rmul__(self, other):
        return self._operate(other, _operator.mul, True)

    def __truediv__(self, other):
        return self._operate(other, _operator.truediv)

    def __rtruediv__(self, other):
        return self._operate(other, _operator.truediv, True)

    def __floordiv__(self, other):
        return self._operate(other, _operator.floordiv)

    def __mod__(self, other):
        return self._operate(other, _operator.mod)

    def __pow__(self, other):
        return self._operate(other, _operator.pow)

    def __rpow__(self, other):
        return self._operate(other, _operator.pow, True)

    def __neg__(self):
        return self._operate(-1, _operator.mul)

    def _compare(self, other, op):
        result = self._operate(other, lambda x, y: 1 if op(x, y) else 0)
        return ndarray(_array.array("B", result._values()), _bool, result.shape)

    def __eq__(self, other):
        return self._compare(other, _operator.eq)

    def __ne__(self, other):
        return self._compare(other, _operator.ne)

    def __lt__(self, other):
        return self._compare(other, _operator.lt)

    def __le__(self, other):
        return self._compare(other, _operator.le)

    def __gt__(self, other):
        return self._compare(other, _operator.gt)

    def __ge__(self, other):
        return self._compare(other, _operator.ge)

    __hash__ = None

    def __bool__(self):
        if self.size != 1:
            raise ValueError(
                "The truth value of an array with more than one element is ambiguous. "
                "Use a.any() or a.all()"
            )
        return bool(self._values()[0])

    # Reductions

    def sum(self):
        values = self._values()
        return self._scalar_of(_math.fsum(values) if self.dtype.kind == "f" else _builtins.sum(values))

    def mean(self):
        return float64(_math.fsum(self._values()) / self.size)

    def min(self):
        return self._scalar(min(self._values()))

    def max(self):
        return self._scalar(max(self._values()))

    def any(self):
        return any(self._values())

    def all(self):
        return all(self._values())

    def _scalar_of(self, value):
        # A float32 array sums to a float32, as in numpy (rounded once, from the exact sum).
        return (self.dtype.type if self.dtype.kind == "f" else int64)(value)

    # Travel and print

    def __reduce__(self):
        return (_rebuild, (self.dtype.name, self.shape, self.tobytes()))

    def __repr__(self):
        suffix = "" if self.dtype in (_f64, _i64, _bool) else f", dtype={self.dtype.name}"
        return f"array({_format(self._values(), self.dtype, self.shape, ' ' * 6, ', ')}{suffix})"

    def __str__(self):
        return _format(self._values(), self.dtype, self.shape, " ")

    def __format__(self, spec):
        if spec:
            raise TypeError("unsupported format string passed to numpy.ndarray.__format__")
        return str(self)


_bool = dtype("bool", "B", 1, bool, "b")


def _rebuild(name, shape, data):
    dt = dtype._all[name]
    values = _array.array(dt.char)
    values.frombytes(data)
    return ndarray(values, dt, tuple(shape))


def _host_read(shared, offset, nbytes):
    from multiprocessing import _host

    return _host.shm_read(shared._handle, offset, nbytes)


def _host_write(shared, offset, data):
    from multiprocessing import _host

    _host.shm_write(shared._handle, offset, data)


def _convert(values, dt):
    if dt.kind == "f":
        return _array.array(dt.char, map(float, values) if not isinstance(values, _array.array) else values)
    if dt.kind == "u":
        return _array.array(dt.char, (int(v) & 0xFF for v in values))
    return _array.array(dt.char, (int(v) for v in values))


def _result_dtype(a, b, op):
    if op is _operator.truediv or a.kind == "f" or b.kind == "f":
        return _f64 if _f64 in (a, b) or a.kind != "f" or b.kind != "f" else a
    if a is b:
        return a
    return _i64


def _nest(values, shape):
    if len(shape) <= 1:
        return values
    step = len(values) // shape[0]
    return [_nest(values[i * step : (i + 1) * step], shape[1:]) for i in range(shape[0])]


# Printing, as numpy's array2string does by default (precision 8, 75 columns, summarised past
# 1000 elements with 3 at each edge) --------------------------------------------------------------

_line_width = 75
_threshold = 1000
_edge = 3


def _float_words(values):
    finite = [abs(v) for v in values if _math.isfinite(v) and v != 0]
    exp = bool(finite) and (max(finite) >= 1e8 or min(finite) < 1e-4 or max(finite) / min(finite) > 1e3)
    words = []
    for v in values:
        if not _math.isfinite(v):
            words.append(("nan" if v != v else ("inf" if v > 0 else "-inf"), "", ""))
        elif exp:
            mantissa, power = ("%.8e" % v).split("e")
            whole, frac = mantissa.split(".")
            frac = frac.rstrip("0")
            words.append((whole, frac, "e" + power[0] + power[1:].rjust(2, "0")))
        else:
            text = repr(float(v))
            if "e" in text or len(text.split(".")[1]) > 8:
                text = ("%.8f" % v).rstrip("0")
            whole, frac = text.split(".")
            words.append((whole, "" if frac == "0" else frac, ""))
    whole_width = max(len(w) for w, _, _ in words)
    frac_width = max(len(f) for _, f, _ in words)
    out = []
    for whole, frac, power in words:
        if whole in ("nan", "inf", "-inf"):
            out.append(whole.rjust(whole_width + 1 + frac_width))
        else:
            out.append(whole.rjust(whole_width) + "." + frac.ljust(frac_width) + power)
    return out


def _words(values, dt):
    if dt is _bool:
        return [" True" if v else "False" for v in values]
    if dt.kind == "f":
        return _float_words(list(values))
    texts = [str(int(v)) for v in values]
    width = max(len(t) for t in texts)
    return [t.rjust(width) for t in texts]


def _format(values, dt, shape, indent, separator=" "):
    summarise = len(values) > _threshold
    if len(shape) != 1:
        return _format_nd(values, dt, shape, separator)
    if not len(values):
        return "[]"
    if summarise:
        shown = list(values[:_edge]) + list(values[-_edge:])
        words = _words(shown, dt)
        words = words[:_edge] + ["..."] + words[_edge:]
    else:
        words = _words(values, dt)
    lines = []
    line = "["
    for i, word in enumerate(words):
        piece = word + (separator if i < len(words) - 1 else "]")
        if len(line) + len(piece.rstrip()) > _line_width and line.strip("[ "):
            lines.append(line.rstrip())
            line = indent
        line += piece
    lines.append(line)
    return "\n".join(lines)


def _format_nd(values, dt, shape, separator):
    words = _words(values, dt)

    def build(flat, dims, depth):
        if len(dims) == 1:
            return "[" + separator.join(flat) + "]"
        step = len(flat) // dims[0]
        parts = [build(flat[i * step : (i + 1) * step], dims[1:], depth + 1) for i in range(dims[0])]
        joiner = separator.rstrip() + "\n" * (len(dims) - 1) + " " * (depth + 1)
        return "[" + joiner.join(parts) + "]"

    return build(words, shape, 0)


# Making arrays -------------------------------------------------------------------------------


def array(values, dtype=None):
    if isinstance(values, ndarray):
        return values.astype(dtype or values.dtype)
    values = list(values)
    shape = (len(values),)
    if values and isinstance(values[0], (list, tuple, ndarray)):
        rows = [list(v) for v in values]
        shape = (len(rows), len(rows[0]))
        values = [x for row in rows for x in row]
    if dtype is None:
        dtype = _f64 if any(isinstance(v, float) for v in values) else _i64
    dt = _dtype(dtype)
    return ndarray(_convert(values, dt), dt, shape)


asarray = array


def frombuffer(buffer, dtype=float, count=-1, offset=0):
    dt = _dtype(dtype)
    shared = _shared_base(buffer)
    if shared is not None:
        total = len(shared) * shared._itemsize_
        if offset % dt.itemsize or total % dt.itemsize:
            raise ValueError("buffer size must be a multiple of element size")
        n = (total - offset) // dt.itemsize if count < 0 else count
        return ndarray(None, dt, (n,), shared, offset // dt.itemsize)
    data = bytes(memoryview(buffer))[offset:]
    if count >= 0:
        data = data[: count * dt.itemsize]
    if len(data) % dt.itemsize:
        raise ValueError("buffer size must be a multiple of element size")
    values = _array.array(dt.char)
    values.frombytes(data)
    return ndarray(values, dt)


def arange(start, stop=None, step=1, dtype=None):
    if stop is None:
        start, stop = 0, start
    if all(isinstance(x, int) for x in (start, stop, step)):
        dt = _dtype(dtype or _i64)
        return ndarray(_convert(range(start, stop, step), dt), dt)
    n = max(0, _math.ceil((stop - start) / step))
    dt = _dtype(dtype or _f64)
    return ndarray(_convert([start + i * step for i in range(n)], dt), dt)


def zeros(shape, dtype=float):
    dt = _dtype(dtype)
    shape = (shape,) if isinstance(shape, int) else tuple(shape)
    return ndarray(_array.array(dt.char, bytes(_math.prod(shape) * dt.itemsize)), dt, shape)


def sum(a):
    return a.sum() if isinstance(a, ndarray) else _builtins.sum(a)


def mean(a):
    return a.mean() if isinstance(a, ndarray) else float64(_math.fsum(a) / len(a))


from . import random  # noqa: E402
