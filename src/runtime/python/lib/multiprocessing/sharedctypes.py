"""Array, Value, RawArray and RawValue over SharedArrayBuffer, for Parallel Lab's browser workers.

CPython's ``sharedctypes`` places ctypes objects in shared memory that forked or spawned
processes map. A Pyodide interpreter's memory is its own WebAssembly memory, which no other
worker can see, so here each object's data lives in a SharedArrayBuffer that every process
reaches through the host. The API and the behaviour are CPython's: the same typecodes, ctypes'
type names (``c_double_Array_1000000``), ``get_obj()``/``get_lock()``, an RLock by default,
``lock=False`` for a raw object, and objects that may travel to another process only by
inheritance (as a Process argument or a Pool initarg), never inside a pickled task, with
CPython's ``RuntimeError``. ``numpy.frombuffer(array.get_obj())`` gives a numpy view of the same
memory.
"""

from . import _host
from . import get_context
from .context import assert_spawning

__all__ = ["RawValue", "RawArray", "Value", "Array", "copy", "synchronized"]

# typecode: (ctypes name, bytes, integer?)
_types = {
    "b": ("c_byte", 1, True),
    "B": ("c_ubyte", 1, True),
    "h": ("c_short", 2, True),
    "H": ("c_ushort", 2, True),
    "i": ("c_int", 4, True),
    "I": ("c_uint", 4, True),
    "l": ("c_long", 8, True),
    "L": ("c_ulong", 8, True),
    "q": ("c_longlong", 8, True),
    "Q": ("c_ulonglong", 8, True),
    "f": ("c_float", 4, False),
    "d": ("c_double", 8, False),
}
typecode_to_type = {code: name for code, (name, _, _) in _types.items()}


def _typecode(typecode_or_type):
    if isinstance(typecode_or_type, type) and issubclass(typecode_or_type, _SharedCData):
        return typecode_or_type._typecode_
    if typecode_or_type in _types:
        return typecode_or_type
    if typecode_or_type in ("c", "u"):
        raise NotImplementedError(
            "shared character arrays ('c', 'u') are not available in the browser; "
            "use a numeric typecode: " + ", ".join(_types)
        )
    raise TypeError(f"unsupported typecode or type: {typecode_or_type!r}")


def _check(typecode, value):
    if _types[typecode][2]:
        if not isinstance(value, int):
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    elif not isinstance(value, (int, float)):
        raise TypeError(f"must be real number, not {type(value).__name__}")
    return value


class _SharedCData(object):
    """Data in shared memory: a handle (the same id in every process), a typecode, an offset."""

    _typecode_ = "d"

    def _bind(self, handle, offset=0):
        self._handle = handle
        self._offset = offset
        return self

    def __reduce__(self):
        assert_spawning(self)
        return _rebuild, (type(self)._typecode_, getattr(type(self), "_length_", None), self._handle)


class _RawValue(_SharedCData):
    @property
    def value(self):
        return _host.shm_get(self._handle, self._typecode_, 0)

    @value.setter
    def value(self, value):
        _host.shm_set(self._handle, self._typecode_, 0, _check(self._typecode_, value))

    def __repr__(self):
        return f"{type(self).__name__}({self.value!r})"


class _RawArray(_SharedCData):
    _length_ = 0

    def __len__(self):
        return self._length_

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError("indices must be integers")
        if i < 0:
            i += self._length_
        if not 0 <= i < self._length_:
            raise IndexError("invalid index")
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._length_))]
        return _host.shm_get(self._handle, self._typecode_, self._index(i))

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            indices = range(*i.indices(self._length_))
            values = list(value)
            if len(values) != len(indices):
                raise ValueError("Can only assign sequence of same size")
            for j, v in zip(indices, values):
                self[j] = v
            return
        _host.shm_set(self._handle, self._typecode_, self._index(i), _check(self._typecode_, value))

    def __iter__(self):
        for i in range(self._length_):
            yield _host.shm_get(self._handle, self._typecode_, i)

    @property
    def _itemsize_(self):
        return _types[self._typecode_][1]

    def _read_bytes(self, start, stop):
        """Elements start..stop as bytes (for numpy.frombuffer views)."""
        size = self._itemsize_
        return _host.shm_read(self._handle, start * size, (stop - start) * size)

    def _write_bytes(self, start, data):
        _host.shm_write(self._handle, start * self._itemsize_, data)


_value_types = {}
_array_types = {}


def _value_type(typecode):
    if typecode not in _value_types:
        _value_types[typecode] = type(_types[typecode][0], (_RawValue,), {"_typecode_": typecode})
    return _value_types[typecode]


def _array_type(typecode, length):
    key = (typecode, length)
    if key not in _array_types:
        name = f"{_types[typecode][0]}_Array_{length}"
        _array_types[key] = type(name, (_RawArray,), {"_typecode_": typecode, "_length_": length})
    return _array_types[key]


def _rebuild(typecode, length, handle):
    cls = _value_type(typecode) if length is None else _array_type(typecode, length)
    return cls.__new__(cls)._bind(handle)


def RawValue(typecode_or_type, *args):
    """Returns a ctypes-like object allocated from shared memory."""
    typecode = _typecode(typecode_or_type)
    obj = _value_type(typecode).__new__(_value_type(typecode))
    obj._bind(_host.Handle(_host.shm_new(_types[typecode][1])))
    if args:
        obj.value = args[0]
    return obj


def RawArray(typecode_or_type, size_or_initializer):
    """Returns a ctypes-like array allocated from shared memory."""
    typecode = _typecode(typecode_or_type)
    if isinstance(size_or_initializer, int):
        length, values = size_or_initializer, None
    else:
        values = list(size_or_initializer)
        length = len(values)
    cls = _array_type(typecode, length)
    obj = cls.__new__(cls)._bind(_host.Handle(_host.shm_new(max(1, length) * _types[typecode][1])))
    if values:
        import array

        code = {"l": "q", "L": "Q"}.get(typecode, typecode)
        obj._write_bytes(0, array.array(code, [_check(typecode, v) for v in values]).tobytes())
    return obj


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """Return a synchronization wrapper for a Value."""
    return _with_lock(RawValue(typecode_or_type, *args), lock, ctx)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """Return a synchronization wrapper for a RawArray."""
    return _with_lock(RawArray(typecode_or_type, size_or_initializer), lock, ctx)


def _with_lock(obj, lock, ctx):
    """Value() and Array(): the raw object, or its synchronized wrapper with `lock`."""
    if lock is False:
        return obj
    if lock in (True, None):
        ctx = ctx or get_context()
        lock = ctx.RLock()
    if not hasattr(lock, "acquire"):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return synchronized(obj, lock, ctx=ctx)


def copy(obj):
    if isinstance(obj, _RawArray):
        new = RawArray(obj._typecode_, len(obj))
        new._write_bytes(0, obj._read_bytes(0, len(obj)))
        return new
    return RawValue(obj._typecode_, obj.value)


def synchronized(obj, lock=None, ctx=None):
    assert not isinstance(obj, SynchronizedBase), "object already synchronized"
    ctx = ctx or get_context()
    if isinstance(obj, _RawArray):
        return SynchronizedArray(obj, lock, ctx)
    return Synchronized(obj, lock, ctx)


def make_property(name):
    def get(self):
        self.acquire()
        try:
            return getattr(self._obj, name)
        finally:
            self.release()

    def set(self, value):
        self.acquire()
        try:
            setattr(self._obj, name, value)
        finally:
            self.release()

    return property(get, set)


class SynchronizedBase(object):
    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        if lock:
            self._lock = lock
        else:
            ctx = ctx or get_context(force=True)
            self._lock = ctx.RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __reduce__(self):
        assert_spawning(self)
        return synchronized, (self._obj, self._lock)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return "<%s wrapper for %s>" % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):
    value = make_property("value")


class SynchronizedArray(SynchronizedBase):
    # One element under the lock is one call to the host when the lock is one of ours and not
    # already held here (a loop of array[i] = array[i] ** 2 measured several times faster than
    # acquire, get, release as three calls).

    def __init__(self, obj, lock=None, ctx=None):
        SynchronizedBase.__init__(self, obj, lock, ctx)
        self._semlock = getattr(self._lock, "_semlock", None)

    def _fast(self, i):
        sl = self._semlock
        return sl is not None and type(i) is int and not (sl._count_ and sl._last_pid == _host.pid)

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        if self._fast(i):
            obj = self._obj
            return _host.locked_get(self._semlock.handle, obj._handle, obj._typecode_, obj._index(i))
        with self:
            return self._obj[i]

    def __setitem__(self, i, value):
        if self._fast(i):
            obj = self._obj
            index = obj._index(i)
            _host.locked_set(self._semlock.handle, obj._handle, obj._typecode_, index, _check(obj._typecode_, value))
            return
        with self:
            self._obj[i] = value

    def __getslice__(self, start, stop):
        with self:
            return self._obj[start:stop]

    def __setslice__(self, start, stop, values):
        with self:
            self._obj[start:stop] = values

