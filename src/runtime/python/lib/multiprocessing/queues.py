"""Queue, SimpleQueue and JoinableQueue over shared memory, for Parallel Lab's browser workers.

CPython's Queue pickles what you put, and a feeder thread writes it to a pipe. Pyodide has no
threads, so ``put`` pickles and writes at once (it waits only while the shared-memory pipe is
full, or while a queue with ``maxsize`` is at its limit). Otherwise it behaves as CPython's:
``get`` blocks until an item arrives, ``queue.Empty``/``queue.Full`` on timeouts, ``qsize()``,
and a queue reaches another process only by inheritance (a Process argument), never inside a
pickled task (CPython's RuntimeError).
"""

import types
from queue import Empty, Full

from . import _host
from . import context

__all__ = ["Queue", "SimpleQueue", "JoinableQueue"]

_ForkingPickler = context.reduction.ForkingPickler
_pipe_bytes = 1 << 20


def _timeout_ms(block, timeout):
    if not block:
        return 0
    if timeout is None:
        return None
    return max(0.0, timeout) * 1000 * _host.time_scale()


class Queue(object):
    def __init__(self, maxsize=0, *, ctx):
        if maxsize <= 0:
            from .synchronize import SEM_VALUE_MAX as maxsize
        self._maxsize = maxsize
        self._pipe = _host.Handle(_host.pipe_new(_pipe_bytes))
        self._sem = ctx.BoundedSemaphore(maxsize)
        self._closed = False

    def __getstate__(self):
        context.assert_spawning(self)
        return (self._maxsize, self._pipe, self._sem)

    def __setstate__(self, state):
        (self._maxsize, self._pipe, self._sem) = state
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if not self._sem.acquire(block, timeout):
            raise Full
        _host.pipe_send(self._pipe, bytes(_ForkingPickler.dumps(obj)))

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        data = _host.pipe_recv(self._pipe, _timeout_ms(block, timeout))
        if data is None:
            raise Empty
        self._sem.release()
        return _ForkingPickler.loads(data)

    def qsize(self):
        return self._maxsize - self._sem._semlock._get_value()

    def empty(self):
        return _host.pipe_qsize(self._pipe) == 0

    def full(self):
        return self._sem._semlock._is_zero()

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)

    def cancel_join_thread(self):
        pass

    __class_getitem__ = classmethod(types.GenericAlias)


class JoinableQueue(Queue):
    def __init__(self, maxsize=0, *, ctx):
        Queue.__init__(self, maxsize, ctx=ctx)
        self._unfinished_tasks = ctx.Semaphore(0)

    def __getstate__(self):
        return Queue.__getstate__(self) + (self._unfinished_tasks,)

    def __setstate__(self, state):
        Queue.__setstate__(self, state[:-1])
        self._unfinished_tasks = state[-1]

    def put(self, obj, block=True, timeout=None):
        Queue.put(self, obj, block, timeout)
        self._unfinished_tasks.release()

    def task_done(self):
        if not self._unfinished_tasks.acquire(False):
            raise ValueError("task_done() called too many times")

    def join(self):
        while not self._unfinished_tasks._semlock._is_zero():
            _host.sleep_ms(1)


class SimpleQueue(object):
    def __init__(self, *, ctx):
        self._pipe = _host.Handle(_host.pipe_new(_pipe_bytes))
        self._closed = False

    def close(self):
        self._closed = True

    def empty(self):
        return _host.pipe_qsize(self._pipe) == 0

    def __getstate__(self):
        context.assert_spawning(self)
        return (self._pipe,)

    def __setstate__(self, state):
        (self._pipe,) = state
        self._closed = False

    def get(self):
        return _ForkingPickler.loads(_host.pipe_recv(self._pipe))

    def put(self, obj):
        _host.pipe_send(self._pipe, bytes(_ForkingPickler.dumps(obj)))

    __class_getitem__ = classmethod(types.GenericAlias)


