"""Pipe, Connection and wait() for Parallel Lab's browser workers.

CPython's ``connection`` sends pickled objects over OS pipes and sockets. Here each direction
of a Pipe is a shared-memory pipe (src/runtime/python/pipe.ts) that any process of the run can
use once it has inherited the Connection (as a Process argument). ``wait()`` waits on
Connections and on process sentinels, as ``Process.sentinel`` and ``Pool`` use them.
"""

import time

from . import _host
from .context import assert_spawning, reduction

__all__ = ["Connection", "Pipe", "wait"]

_pipe_bytes = 1 << 20


class Connection(object):
    """One end of a Pipe: reads from one shared pipe and writes to another (either may be None)."""

    def __init__(self, recv_handle, send_handle):
        self._recv_handle = recv_handle
        self._send_handle = send_handle
        self._closed = False

    def __reduce__(self):
        assert_spawning(self)
        return Connection, (self._recv_handle, self._send_handle)

    def _check_closed(self):
        if self._closed:
            raise OSError("handle is closed")

    def _check_readable(self):
        if self._recv_handle is None:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if self._send_handle is None:
            raise OSError("connection is read-only")

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._recv_handle is not None

    @property
    def writable(self):
        return self._send_handle is not None

    def close(self):
        self._closed = True

    def fileno(self):
        raise OSError("a browser pipe has no file descriptor")

    def send_bytes(self, buf, offset=0, size=None):
        self._check_closed()
        self._check_writable()
        m = memoryview(buf)
        if m.itemsize > 1:
            m = m.cast("B")
        n = m.nbytes
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        _host.pipe_send(self._send_handle, bytes(m[offset : offset + size]))

    def send(self, obj):
        self._check_closed()
        self._check_writable()
        _host.pipe_send(self._send_handle, bytes(reduction.ForkingPickler.dumps(obj)))

    def recv_bytes(self, maxlength=None):
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        data = _host.pipe_recv(self._recv_handle)
        if maxlength is not None and len(data) > maxlength:
            raise OSError("bad message length")
        return data

    def recv(self):
        self._check_closed()
        self._check_readable()
        return reduction.ForkingPickler.loads(_host.pipe_recv(self._recv_handle))

    def poll(self, timeout=0.0):
        self._check_closed()
        self._check_readable()
        if timeout is None:
            ms = None
        else:
            ms = max(0.0, timeout) * 1000 * _host.time_scale()
        if ms is None:
            while not _host.pipe_poll(self._recv_handle, 1000):
                pass
            return True
        return _host.pipe_poll(self._recv_handle, ms)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Pipe(duplex=True):
    """Returns a pair (conn1, conn2) of Connection objects connected by shared-memory pipes."""
    a = _host.Handle(_host.pipe_new(_pipe_bytes))
    if duplex:
        b = _host.Handle(_host.pipe_new(_pipe_bytes))
        return Connection(a, b), Connection(b, a)
    return Connection(a, None), Connection(None, a)


def _ready(obj):
    if isinstance(obj, Connection):
        return obj._closed or _host.pipe_poll(obj._recv_handle, 0)
    if isinstance(obj, int):
        return _host.child_exitcode(int(obj)) is not None
    raise TypeError(f"cannot wait on {obj!r}: only Connections and process sentinels")


def wait(object_list, timeout=None):
    """Waits until one or more of the objects is ready; returns the list of those that are."""
    deadline = None if timeout is None else time.monotonic() + timeout * _host.time_scale()
    while True:
        ready = [o for o in object_list if _ready(o)]
        if ready or (deadline is not None and time.monotonic() >= deadline):
            return ready
        _host.sleep_ms(1)
