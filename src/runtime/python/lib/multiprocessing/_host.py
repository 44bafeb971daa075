"""The bridge between this package and the browser worker that runs this interpreter.

Parallel Lab runs each Python process in its own Web Worker with its own Pyodide interpreter.
What CPython asks of the operating system (start a process, wait for it, a pipe, shared
memory, a semaphore) is asked of the worker instead, through the JavaScript module
``_parallel_lab_host`` (src/runtime/python/host.ts). Every other module of the package goes
through this one, so the names of that seam live in one place.
"""

# The JavaScript module, set by _runner.start() when the process begins: importing it here would
# put a JavaScript object into the interpreter's memory snapshot, which cannot hold one.
_js = None

# Who this process is: set by the worker before any learner code runs (see _runner.py).
pid = 0
ppid = 0
language = "en"


def now():
    """Seconds since the run started: the time base of the console and the timeline."""
    return _js.now()


def sleep_ms(ms):
    """Blocks this process for `ms` real milliseconds (Atomics.wait)."""
    _js.sleep_ms(ms)


def time_scale():
    return _js.time_scale()


def cpu_count():
    return _js.cpu_count()


def emit(event_json):
    """Sends one runtime event (JSON text, without "t" and "pid": the worker adds them)."""
    _js.emit(event_json)


def say(key, **params):
    """One of our messages to the learner, in the page's language (src/runtime/python/messages.ts)."""
    return _js.say(key, _js_object(params))


def _js_list(items):
    from pyodide.ffi import to_js

    return to_js(list(items))


def _js_object(d):
    from pyodide.ffi import to_js
    from js import Object

    return to_js(d, dict_converter=Object.fromEntries)


# Processes -----------------------------------------------------------------------------------


def spawn(name, payload, handles, target_json):
    """Starts a child process running `payload` (spawn data) with the shared objects `handles`
    (their ids); returns its pid. `target_json`: the JSON of {"target", "args"} for the report."""
    return _js.spawn(name, payload, _js_list(handles), target_json)


def claim_records(tasks):
    return _js.claim_records(tasks)


def child_exitcode(pid):
    """The child's exit code, or None while it runs."""
    code = _js.child_exitcode(pid)
    return None if code is None else int(code)


def child_wait(pid, timeout_ms):
    """Waits up to `timeout_ms` (None: forever) for the child to end; its exit code or None."""
    code = _js.child_wait(pid, -1 if timeout_ms is None else timeout_ms)
    return None if code is None else int(code)


def kill(pid):
    """Ends child `pid` at once, as SIGTERM does (exit code -15)."""
    _js.kill(pid)


# Pipes: length-prefixed messages over shared memory (src/runtime/python/pipe.ts) -------------


def pipe_new(capacity):
    return _js.pipe_new(capacity)


def pipe_send(handle, data, timeout_ms=None):
    return bool(_js.pipe_send(handle, data, -1 if timeout_ms is None else timeout_ms))


def pipe_try_send(handle, data):
    """Sends only if the whole message fits now."""
    return bool(_js.pipe_try_send(handle, data))


def pipe_capacity(handle):
    return _js.pipe_capacity(handle)


def pipe_recv(handle, timeout_ms=None):
    """The next message's bytes, or None on timeout."""
    data = _js.pipe_recv(handle, -1 if timeout_ms is None else timeout_ms)
    return None if data is None else data.to_bytes()


def pipe_poll(handle, timeout_ms=0):
    return bool(_js.pipe_poll(handle, timeout_ms))


def pipe_qsize(handle):
    return _js.pipe_qsize(handle)


# Shared memory: a SharedArrayBuffer per Array/Value -------------------------------------------


def shm_new(nbytes):
    return _js.shm_new(nbytes)


def shm_get(handle, typecode, index):
    return _js.shm_get(handle, typecode, index)


def shm_set(handle, typecode, index, value):
    _js.shm_set(handle, typecode, index, value)


def shm_read(handle, offset, nbytes):
    return _js.shm_read(handle, offset, nbytes).to_bytes()


def shm_write(handle, offset, data):
    _js.shm_write(handle, offset, data)


# Semaphores: one shared Int32 each (multiprocessing.synchronize's locks are built on them) ----


def sem_new(value):
    return _js.sem_new(value)


def sem_acquire(handle, timeout_ms=None):
    """Takes one unit, waiting up to `timeout_ms` (None: forever); False on timeout."""
    return bool(_js.sem_acquire(handle, -1 if timeout_ms is None else timeout_ms))


def sem_release(handle):
    _js.sem_release(handle)


def locked_get(sem, handle, typecode, index):
    """A synchronized array's element: take the lock, read, release, in one call."""
    return _js.locked_get(sem, handle, typecode, index)


def locked_set(sem, handle, typecode, index, value):
    _js.locked_set(sem, handle, typecode, index, value)


def sem_value(handle):
    return _js.sem_value(handle)


def random_doubles(n):
    """`n` random doubles in [0, 1), as bytes of float64 (numpy.random)."""
    return _js.random_doubles(n).to_bytes()


def random_ints(n, low, span, typecode):
    """`n` random integers in [low, low + span), as bytes of an array of `typecode` (numpy.random)."""
    return _js.random_ints(n, low, span, typecode).to_bytes()


class Handle(int):
    """A shared object's id, the same in every process of the run.

    Pickling one while a child process is being spawned (the only time CPython lets shared
    objects be pickled) sends the shared memory behind it along with the child.
    """

    def __reduce__(self):
        from .context import get_spawning_popen

        popen = get_spawning_popen()
        if popen is not None:
            popen.register_handle(int(self))
        return (Handle, (int(self),))
