"""CPython's ``_multiprocessing`` C module, rebuilt for Parallel Lab's browser workers.

CPython's ``multiprocessing.synchronize`` (used here unchanged) builds Lock, RLock, Semaphore,
BoundedSemaphore, Condition and Event on ``_multiprocessing.SemLock``, a POSIX named semaphore.
This ``SemLock`` keeps the semaphore's value in shared memory (one Int32 of a
SharedArrayBuffer, waited on with Atomics.wait), and, like CPython's, keeps who holds it and how
many times (for RLock) in the process that holds it. Its messages are CPython's
(Modules/_multiprocessing/semaphore.c).
"""

from multiprocessing import _host

__all__ = ["SemLock", "sem_unlink", "flags"]

RECURSIVE_MUTEX = 0
SEMAPHORE = 1

flags = {}


class SemLock(object):
    SEM_VALUE_MAX = 2**31 - 1

    def __init__(self, kind, value, maxvalue, name, unlink):
        if kind not in (RECURSIVE_MUTEX, SEMAPHORE):
            raise ValueError("unrecognized kind")
        self.handle = _host.Handle(_host.sem_new(value))
        self.kind = kind
        self.maxvalue = maxvalue
        # Named semaphores are an operating-system resource: nothing here needs a name (or
        # CPython's resource tracker, which would start a process of its own to clean them up).
        self.name = None
        self._count_ = 0
        self._last_pid = 0

    @classmethod
    def _rebuild(cls, handle, kind, maxvalue, name):
        self = cls.__new__(cls)
        self.handle = handle
        self.kind = kind
        self.maxvalue = maxvalue
        self.name = None
        self._count_ = 0
        self._last_pid = 0
        return self

    def _is_mine(self):
        return self._count_ > 0 and self._last_pid == _host.pid

    def _count(self):
        return self._count_

    def _get_value(self):
        return _host.sem_value(self.handle)

    def _is_zero(self):
        return self._get_value() == 0

    def _after_fork(self):
        self._count_ = 0

    def acquire(self, block=True, timeout=None):
        if self.kind == RECURSIVE_MUTEX and self._is_mine():
            self._count_ += 1
            return True
        if not block:
            ms = 0
        elif timeout is None:
            ms = None
        else:
            ms = max(0.0, timeout) * 1000 * _host.time_scale()
        if not _host.sem_acquire(self.handle, ms):
            return False
        self._count_ += 1
        self._last_pid = _host.pid
        return True

    def release(self):
        if self.kind == RECURSIVE_MUTEX:
            if not self._is_mine():
                raise AssertionError("attempt to release recursive lock not owned by thread")
            if self._count_ > 1:
                self._count_ -= 1
                return
        elif self._get_value() >= self.maxvalue:
            raise ValueError("semaphore or lock released too many times")
        _host.sem_release(self.handle)
        self._count_ -= 1

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()


def sem_unlink(name):
    pass
