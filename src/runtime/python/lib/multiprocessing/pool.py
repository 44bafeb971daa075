"""multiprocessing.Pool for Parallel Lab's browser workers.

CPython's Pool (Lib/multiprocessing/pool.py) runs three threads in the parent: one feeds tasks
to the workers, one takes results in (and runs ``callback``/``error_callback``), one replaces
workers that exit. Pyodide has no threads, so the parent does that work itself whenever it
waits on or calls into the pool: in ``map``, ``get``, ``wait``, ``join``, in iterating an
``imap``, and during ``time.sleep`` (so callbacks run while the main process sleeps, as they do
in CPython). Workers take tasks from one shared-memory pipe as soon as they are free, so tasks
flow while the parent is busy elsewhere.

Everything else is CPython's: the same classes, chunking (``chunksize`` defaults to
ceil(len / (4 × processes))), results in input order, pickled tasks and results (a lambda fails
to pickle with CPython's error, a ``multiprocessing.Array`` in a task with CPython's
RuntimeError), exceptions re-raised in the parent with the worker's traceback as
``RemoteTraceback``, ``with Pool() as pool`` terminating the pool on exit, and the messages.
One difference, where CPython would wait forever: when a worker dies while running a task
(``os._exit()``, ``sys.exit()`` in a task), that task's job fails with ``BrokenProcessPool``.
Each worker also reports when each task ran, for the page's timeline.
"""

__all__ = ["Pool", "ThreadPool"]

import collections
import itertools
import json
import os
import time
import traceback
import types
import weakref

from . import _host
from . import util
from . import get_context, TimeoutError
from .context import reduction

_ForkingPickler = reduction.ForkingPickler

#
# Constants representing the state of a pool
#

INIT = "INIT"
RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"

#
# Miscellaneous
#

job_counter = itertools.count()

# Task pipe: big enough for many chunks; a task larger than it streams through.
_pipe_bytes = 1 << 22


def mapstar(args):
    return list(map(args[0], _clocked(args[1])))


def starmapstar(args):
    return list(itertools.starmap(args[0], _clocked(args[1])))


# When each item of the running chunk was handed to its function (see worker()).
_bounds = []


def _clocked(items):
    for item in items:
        _bounds.append(_host.now())
        yield item


#
# Hack to embed stringification of remote traceback in local traceback
#


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class ExceptionWithTraceback:
    def __init__(self, exc, tb):
        tb = traceback.format_exception(type(exc), exc, tb)
        tb = "".join(tb)
        self.exc = exc
        self.tb = '\n"""\n%s"""' % tb

    def __reduce__(self):
        return rebuild_exc, (self.exc, self.tb)


def rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


class BrokenProcessPool(RuntimeError):
    """A worker of the pool died while running a task, so the task's result will never come."""


#
# Code run by worker processes
#


class MaybeEncodingError(Exception):
    """Wraps possible unpickleable errors, so they can be
    safely sent through the socket."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super(MaybeEncodingError, self).__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


class _Channel(object):
    """A pool's task or result pipe (shared memory), passed to its workers by inheritance."""

    def __init__(self, handle=None):
        self._handle = handle if handle is not None else _host.Handle(_host.pipe_new(_pipe_bytes))

    def __reduce__(self):
        from .context import assert_spawning

        assert_spawning(self)
        return _Channel, (self._handle,)

    def put(self, obj):
        _host.pipe_send(self._handle, bytes(_ForkingPickler.dumps(obj)))

    def get(self):
        return _ForkingPickler.loads(_host.pipe_recv(self._handle))


def _function_name(func):
    while hasattr(func, "func") and hasattr(func, "keywords"):  # functools.partial
        func = func.func
    return getattr(func, "__name__", None) or type(func).__name__


def _report_spans(func, args, kwds, start, result):
    """Tells the page's timeline when each task of the chunk ran (a bar per task), and for the
    run's first tasks what each was called with and gave back (the report's records)."""
    from . import _records

    ok, value = result
    if func in (mapstar, starmapstar):
        fn, items = args[0]
        bounds = _bounds + [_host.now()]
        calls = [x if func is starmapstar else (x,) for x in items[: len(bounds) - 1]]
        results = value if ok else None
        kwds = {}
    else:
        fn = func
        bounds = [start, _host.now()]
        calls = [args]
        results = [value] if ok else None
    failed_at = -1 if ok else max(0, len(bounds) - 2)
    recorded = _records.claim(len(calls))
    name = _function_name(fn)
    # Each event must fit the page's event pipe whole: long chunks go in pieces.
    step = 1024
    for at in range(0, max(1, len(calls)), step):
        piece = bounds[at : at + step + 1]
        failed = failed_at - at if failed_at >= 0 and at <= failed_at < at + step else -1
        event = {"type": "tasks", "fn": name, "bounds": piece, "failedAt": failed}
        if at < recorded:
            upto = min(recorded, at + step)
            records = {
                "star": True,
                "args": [_records.summarize(_records.call_args(fn, c, kwds)) for c in calls[at:upto]],
            }
            if results is not None:
                records["results"] = [_records.summarize(r) for r in results[at:upto]]
            elif failed >= 0:
                records["error"] = _records.summarize(getattr(value, "exc", value))
            event["records"] = records
        _host.emit(json.dumps(event))


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None, wrap_exception=False):
    if (maxtasks is not None) and not (isinstance(maxtasks, int) and maxtasks >= 1):
        raise AssertionError("Maxtasks {!r} is not valid".format(maxtasks))
    put = outqueue.put
    get = inqueue.get

    if initializer is not None:
        initializer(*initargs)

    completed = 0
    while maxtasks is None or (maxtasks and completed < maxtasks):
        try:
            task = get()
        except (EOFError, OSError):
            util.debug("worker got EOFError or OSError -- exiting")
            break

        if task is None:
            util.debug("worker got sentinel -- exiting")
            break

        job, i, func, args, kwds = task
        # The parent learns which worker runs which task, to fail it if the worker dies.
        put((job, i, _host.pid))
        _bounds.clear()
        start = _host.now()
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            if wrap_exception and func is not _helper_reraises_exception:
                e = ExceptionWithTraceback(e, e.__traceback__)
            result = (False, e)
        _report_spans(func, args, kwds, start, result)
        try:
            put((job, i, result))
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[1])
            util.debug("Possible encoding error while sending result: %s" % (wrapped))
            put((job, i, (False, wrapped)))

        task = job = result = func = args = kwds = None
        completed += 1
    util.debug("worker exiting after %d tasks" % completed)


def _helper_reraises_exception(ex):
    "Pickle-able helper function for use by _guarded_task_generation."
    raise ex


#
# What CPython's handler threads do, done by the parent whenever it waits
#

# Pools with results still to come (time.sleep serves them while the process sleeps).
_active = weakref.WeakSet()


def _busy_pools():
    return [h for h in list(_active) if h.cache]


def _serve_until(deadline):
    """Sleeps until `deadline` (time.monotonic()), taking in pool results meanwhile."""
    while True:
        handlers = _busy_pools()
        if not handlers:
            _host.sleep_ms(max(0.0, deadline - time.monotonic()) * 1000)
            return
        for h in handlers:
            h.pump()
        left = deadline - time.monotonic()
        if left <= 0:
            return
        if len(handlers) == 1:
            handlers[0].block(min(left, handlers[0].slice()))
        else:
            _host.sleep_ms(min(left, 0.001) * 1000)


class _Handler(object):
    """The state CPython's three pool threads share, and the work they do."""

    def __init__(self, ctx, processes, initializer, initargs, maxtasksperchild, wrap_exception, Process):
        self.ctx = ctx
        self.Process = Process
        self.processes = processes
        self.initializer = initializer
        self.initargs = initargs
        self.maxtasksperchild = maxtasksperchild
        self.wrap_exception = wrap_exception
        self.pool = []
        self.inqueue = _Channel()
        self.outqueue = _Channel()
        self.capacity = _host.pipe_capacity(self.inqueue._handle)
        self.cache = {}
        self.taskqueue = collections.deque()
        self.unsent = None
        self.running = {}  # (job, i) -> pid of the worker running it
        self.state = RUN
        self.sentinels_sent = False
        _active.add(self)

    # Workers (CPython's _handle_workers) --------------------------------------------------

    def repopulate(self):
        for i in range(self.processes - len(self.pool)):
            w = self.Process(
                self.ctx,
                target=worker,
                args=(
                    self.inqueue,
                    self.outqueue,
                    self.initializer,
                    self.initargs,
                    self.maxtasksperchild,
                    self.wrap_exception,
                ),
            )
            w.name = w.name.replace("Process", "PoolWorker")
            w.daemon = True
            w.start()
            self.pool.append(w)
            util.debug("added worker")

    def maintain(self):
        """Cleans up workers that exited, fails the tasks they were running, starts new ones."""
        exited = [w for w in self.pool if w.exitcode is not None]
        if not exited:
            return
        for w in exited:
            self.pool.remove(w)
            w.join()
            lost = [key for key, pid in self.running.items() if pid == w.pid]
            for job, i in lost:
                del self.running[(job, i)]
                error = BrokenProcessPool(
                    _host.say("workerLost", pid=w.pid, name=w.name, exitcode=w.exitcode)
                )
                if job in self.cache:
                    self.cache[job]._set(i, (False, error))
        if self.state == RUN or (self.cache and self.state != TERMINATE):
            self.repopulate()

    # Tasks (CPython's _handle_tasks) ------------------------------------------------------

    def send_tasks(self):
        while True:
            if self.unsent is None:
                if not self.taskqueue:
                    return
                taskseq, set_length = self.taskqueue[0]
                task = next(taskseq, None)
                if task is None:
                    self.taskqueue.popleft()
                    if set_length:
                        set_length(taskseq.count)
                    continue
                try:
                    self.unsent = bytes(_ForkingPickler.dumps(task))
                except Exception as e:
                    # Python 3.14's pickle notes the path to what failed ("when serializing
                    # tuple item 0"...); the lab's CPython printed the error alone (LAB.md 4.1).
                    if hasattr(e, "__notes__"):
                        e.__notes__ = [n for n in e.__notes__ if not n.startswith("when serializing")]
                        if not e.__notes__:
                            del e.__notes__
                    job, idx = task[:2]
                    try:
                        self.cache[job]._set(idx, (False, e))
                    except KeyError:
                        pass
                    continue
            if len(self.unsent) + 4 > self.capacity:
                # Larger than the pipe: it streams through as the worker reads it.
                _host.pipe_send(self.inqueue._handle, self.unsent)
            elif not _host.pipe_try_send(self.inqueue._handle, self.unsent):
                return
            self.unsent = None

    # Results (CPython's _handle_results) --------------------------------------------------

    def take_results(self):
        handle = self.outqueue._handle
        while _host.pipe_poll(handle, 0):
            job, i, obj = _ForkingPickler.loads(_host.pipe_recv(handle))
            if isinstance(obj, int):
                self.running[(job, i)] = obj
                continue
            self.running.pop((job, i), None)
            try:
                self.cache[job]._set(i, obj)
            except KeyError:
                pass

    def pump(self):
        """Does whatever work is ready now, without waiting."""
        if self.state == TERMINATE:
            return
        self.send_tasks()
        self.take_results()
        self.maintain()

    def slice(self):
        """How long to wait before looking again: soon while tasks wait for room in the pipe."""
        return 0.002 if (self.unsent is not None or self.taskqueue) else 0.05

    def block(self, seconds):
        """Waits up to `seconds` for a result to arrive."""
        _host.pipe_poll(self.outqueue._handle, seconds * 1000)

    def wait_until(self, done, timeout=None):
        """Works for the pool until done() is true or `timeout` (seconds, scaled) passes."""
        deadline = None if timeout is None else time.monotonic() + max(0, timeout) * _host.time_scale()
        while True:
            self.pump()
            if done():
                return True
            if self.state == TERMINATE:
                return done()
            left = self.slice() if deadline is None else min(self.slice(), deadline - time.monotonic())
            if left <= 0:
                return False
            self.block(left)

    def send_sentinels(self):
        if not self.sentinels_sent:
            self.sentinels_sent = True
            for _ in self.pool:
                _host.pipe_send(self.inqueue._handle, bytes(_ForkingPickler.dumps(None)))


#
# Class representing a process pool
#


class Pool(object):
    """
    Class which supports an async version of applying functions to arguments.
    """

    _wrap_exception = True

    @staticmethod
    def Process(ctx, *args, **kwds):
        return ctx.Process(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        self._pool = []
        self._state = INIT

        self._ctx = context or get_context()
        self._maxtasksperchild = maxtasksperchild
        self._initializer = initializer
        self._initargs = initargs

        if processes is None:
            processes = os.process_cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")

        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._processes = processes
        self._handler = _Handler(
            self._ctx,
            processes,
            initializer,
            initargs,
            maxtasksperchild,
            self._wrap_exception,
            self.Process,
        )
        self._pool = self._handler.pool
        self._cache = self._handler.cache
        try:
            self._handler.repopulate()
        except Exception:
            for p in self._pool:
                if p.exitcode is None:
                    p.terminate()
            for p in self._pool:
                p.join()
            raise

        self._terminate = util.Finalize(self, self._terminate_pool, args=(self._handler,), exitpriority=15)
        self._state = RUN

    def __repr__(self):
        cls = self.__class__
        return f"<{cls.__module__}.{cls.__qualname__} state={self._state} pool_size={len(self._pool)}>"

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        """
        Equivalent of `func(*args, **kwds)`.
        Pool must be running.
        """
        return self.apply_async(func, args, kwds).get()

    def map(self, func, iterable, chunksize=None):
        """
        Apply `func` to each element in `iterable`, collecting the results
        in a list that is returned.
        """
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        """
        Like `map()` method but the elements of the `iterable` are expected to
        be iterables as well and will be unpacked as arguments. Hence
        `func` and (a, b) becomes func(a, b).
        """
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        """
        Asynchronous version of `starmap()` method.
        """
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def _guarded_task_generation(self, result_job, func, iterable):
        """Provides a generator of tasks for imap and imap_unordered with
        appropriate handling for iterables which throw exceptions during
        iteration."""
        return _TaskSequence(result_job, func, iterable)

    def imap(self, func, iterable, chunksize=1):
        """
        Equivalent of `map()` -- can be MUCH slower than `Pool.map()`.
        """
        self._check_running()
        if chunksize == 1:
            result = IMapIterator(self)
            self._submit(self._guarded_task_generation(result._job, func, iterable), result._set_length)
            return result
        else:
            if chunksize < 1:
                raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
            task_batches = Pool._get_tasks(func, iterable, chunksize)
            result = IMapIterator(self)
            self._submit(self._guarded_task_generation(result._job, mapstar, task_batches), result._set_length)
            return (item for chunk in result for item in chunk)

    def imap_unordered(self, func, iterable, chunksize=1):
        """
        Like `imap()` method but ordering of results is arbitrary.
        """
        self._check_running()
        if chunksize == 1:
            result = IMapUnorderedIterator(self)
            self._submit(self._guarded_task_generation(result._job, func, iterable), result._set_length)
            return result
        else:
            if chunksize < 1:
                raise ValueError("Chunksize must be 1+, not {0!r}".format(chunksize))
            task_batches = Pool._get_tasks(func, iterable, chunksize)
            result = IMapUnorderedIterator(self)
            self._submit(self._guarded_task_generation(result._job, mapstar, task_batches), result._set_length)
            return (item for chunk in result for item in chunk)

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        """
        Asynchronous version of `apply()` method.
        """
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._submit(_TaskSequence.single((result._job, 0, func, args, kwds)), None)
        return result

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        """
        Asynchronous version of `map()` method.
        """
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None, error_callback=None):
        """
        Helper function to implement map, starmap and their async counterparts.
        """
        self._check_running()
        if not hasattr(iterable, "__len__"):
            iterable = list(iterable)

        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0

        task_batches = Pool._get_tasks(func, iterable, chunksize)
        result = MapResult(self, chunksize, len(iterable), callback, error_callback=error_callback)
        self._submit(self._guarded_task_generation(result._job, mapper, task_batches), None)
        return result

    def _submit(self, taskseq, set_length):
        """Queues tasks (CPython's _taskqueue.put) and sends what fits at once."""
        self._handler.taskqueue.append((taskseq, set_length))
        self._handler.pump()

    @staticmethod
    def _get_tasks(func, it, size):
        it = iter(it)
        while 1:
            x = tuple(itertools.islice(it, size))
            if not x:
                return
            yield (func, x)

    def __reduce__(self):
        raise NotImplementedError("pool objects cannot be passed between processes or pickled")

    def close(self):
        util.debug("closing pool")
        if self._state == RUN:
            self._state = CLOSE
            self._handler.state = CLOSE

    def terminate(self):
        util.debug("terminating pool")
        self._state = TERMINATE
        self._terminate()

    def join(self):
        util.debug("joining pool")
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        h = self._handler
        if self._state == CLOSE:
            # CPython's worker handler sends the workers their sentinels once every result is in.
            h.wait_until(lambda: not h.cache and not h.taskqueue and h.unsent is None)
            h.send_sentinels()
            h.wait_until(lambda: all(p.exitcode is not None for p in h.pool))
        for p in self._pool:
            p.join()

    @staticmethod
    def _terminate_pool(handler):
        # this is guaranteed to only be called once
        util.debug("finalizing pool")
        handler.state = TERMINATE
        handler.taskqueue.clear()
        handler.unsent = None
        _active.discard(handler)

        # Terminate workers which haven't already finished.
        util.debug("terminating workers")
        for p in handler.pool:
            if p.exitcode is None:
                p.terminate()

        util.debug("joining pool workers")
        for p in handler.pool:
            p.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class _TaskSequence(object):
    """CPython's _guarded_task_generation as an iterator that counts what it produced."""

    def __init__(self, result_job, func, iterable):
        self._tasks = self._generate(result_job, func, iterable)
        self.count = 0

    @classmethod
    def single(cls, task):
        self = cls.__new__(cls)
        self._tasks = iter([task])
        self.count = 0
        return self

    @staticmethod
    def _generate(result_job, func, iterable):
        try:
            i = -1
            for i, x in enumerate(iterable):
                yield (result_job, i, func, (x,), {})
        except Exception as e:
            yield (result_job, i + 1, _helper_reraises_exception, (e,), {})

    def __iter__(self):
        return self

    def __next__(self):
        task = next(self._tasks)
        self.count += 1
        return task


#
# Class whose instances are returned by `Pool.apply_async()`
#


class ApplyResult(object):
    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._handler = pool._handler
        self._ready = False
        self._job = next(job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._ready

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._handler.wait_until(self.ready, timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        else:
            raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._ready = True
        del self._cache[self._job]
        self._pool = None

    __class_getitem__ = classmethod(types.GenericAlias)


AsyncResult = ApplyResult  # create alias -- see #17805

#
# Class whose instances are returned by `Pool.map_async()`
#


class MapResult(ApplyResult):
    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._ready = True
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize : (i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                del self._cache[self._job]
                self._ready = True
                self._pool = None
        else:
            if not success and self._success:
                # only store first exception
                self._success = False
                self._value = result
            if self._number_left == 0:
                # only consider the result ready once all jobs are done
                if self._error_callback:
                    self._error_callback(self._value)
                del self._cache[self._job]
                self._ready = True
                self._pool = None


#
# Class whose instances are returned by `Pool.imap()`
#


class IMapIterator(object):
    def __init__(self, pool):
        self._pool = pool
        self._handler = pool._handler
        self._job = next(job_counter)
        self._cache = pool._cache
        self._items = collections.deque()
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        if not self._items and self._index != self._length:
            self._handler.wait_until(lambda: self._items or self._index == self._length, timeout)
        try:
            item = self._items.popleft()
        except IndexError:
            if self._index == self._length:
                self._pool = None
                raise StopIteration from None
            raise TimeoutError from None

        success, value = item
        if success:
            return value
        raise value

    __next__ = next  # XXX

    def _set(self, i, obj):
        if self._index == i:
            self._items.append(obj)
            self._index += 1
            while self._index in self._unsorted:
                obj = self._unsorted.pop(self._index)
                self._items.append(obj)
                self._index += 1
        else:
            self._unsorted[i] = obj

        if self._index == self._length:
            del self._cache[self._job]
            self._pool = None

    def _set_length(self, length):
        self._length = length
        if self._index == self._length:
            del self._cache[self._job]
            self._pool = None


#
# Class whose instances are returned by `Pool.imap_unordered()`
#


class IMapUnorderedIterator(IMapIterator):
    def _set(self, i, obj):
        self._items.append(obj)
        self._index += 1
        if self._index == self._length:
            del self._cache[self._job]
            self._pool = None


class ThreadPool(Pool):
    def __init__(self, processes=None, initializer=None, initargs=()):
        raise NotImplementedError(
            "ThreadPool needs threads, which Python in the browser (Pyodide) does not have; use Pool"
        )
