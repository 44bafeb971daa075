"""How a Python process of Parallel Lab begins and ends, in its browser worker.

The worker (src/runtime/python/worker/python.worker.ts) calls ``setup`` and then either
``run_main`` (what ``python3 script.py`` does: run the script as ``__main__``, print an uncaught
exception's traceback, then run the atexit work that joins and terminates child processes) or
``run_child`` (what CPython's ``multiprocessing.spawn.spawn_main`` does in a spawned child:
import the main script as ``__mp_main__``, unpickle the Process object, run it). Both return
the process's exit code. ``setup`` points the operating-system calls that differ in a browser at
the run: ``os.getpid()`` and ``os.getppid()`` give the timeline's pids, ``time.sleep`` follows
the run's time scale, ``os.cpu_count()`` is the browser's ``navigator.hardwareConcurrency``.
"""

import builtins
import errno
import io
import os
import random
import sys
import time
import traceback

from multiprocessing import _host

import _lab_subprocess


# Called for every element of a shared array: bound straight to the host's functions, without
# the wrapper's extra Python frame.
_direct = ("now", "shm_get", "shm_set", "locked_get", "locked_set")


def setup(host, pid, ppid, language):
    _host._js = host
    for name in _direct:
        setattr(_host, name, getattr(host, name))
    _host.pid = pid
    _host.ppid = ppid
    _host.language = language
    os.getpid = lambda: _host.pid
    os.getppid = lambda: _host.ppid
    os.cpu_count = _host.cpu_count
    os.process_cpu_count = _host.cpu_count
    time.sleep = _sleep
    builtins.input = _input
    _lab_subprocess.install()
    _show_errno_as_on_linux()
    # Every process starts from one memory snapshot, made when the site was built, which holds
    # the random module's state: reseeded from the OS, as a new CPython process is seeded, or
    # every process of every run would draw the same numbers.
    random.seed()
    sys.dont_write_bytecode = True
    # Each line reaches the console as it is printed, as on a terminal.
    sys.stdout.reconfigure(line_buffering=True)
    sys.stderr.reconfigure(line_buffering=True)


def _sleep(secs):
    """time.sleep: blocks this process for secs × the run's time scale.

    While it sleeps, pools of this process take in their results (and run their callbacks),
    as CPython's result-handler thread does while the main thread sleeps.
    """
    if not isinstance(secs, (int, float)):
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer or float")
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    deadline = time.monotonic() + secs * _host.time_scale()
    pool = sys.modules.get("multiprocessing.pool")
    if pool is not None and pool._busy_pools():
        pool._serve_until(deadline)
        return
    _host.sleep_ms(max(0.0, deadline - time.monotonic()) * 1000)


def _input(prompt=""):
    """input(): a browser worker has no terminal to type into."""
    if prompt:
        sys.stdout.write(str(prompt))
        sys.stdout.flush()
    error = EOFError("EOF when reading a line")
    error.add_note(_host.say("noInput"))
    raise error


def run_main(path, argv=None):
    """Runs the script at `path` as __main__ (sys.argv: `argv`, as typed); returns the exit code."""
    import types

    module = types.ModuleType("__main__")
    module.__file__ = path
    module.__builtins__ = builtins
    module.__cached__ = None
    sys.modules["__main__"] = module
    sys.argv = list(argv) if argv else [path]
    # The script's folder comes first, as in CPython; our modules (PIL, numpy) stay after it.
    if sys.path[:1] != [os.path.dirname(path)]:
        sys.path.insert(0, os.path.dirname(path))

    def body():
        with io.open_code(path) as f:
            source = f.read()
        exec(compile(source, path, "exec"), module.__dict__)
        return 0

    return _run(body)


def run_child(payload):
    """Runs a spawned child from its spawn data; returns the exit code."""
    from multiprocessing import process, reduction, spawn

    def body():
        fp = io.BytesIO(payload.to_bytes() if hasattr(payload, "to_bytes") else payload)
        process.current_process()._inheriting = True
        try:
            preparation_data = reduction.pickle.load(fp)
            spawn.prepare(preparation_data)
            child = reduction.pickle.load(fp)
        finally:
            del process.current_process()._inheriting
        return child._bootstrap()

    return _run(body)


def _run(body):
    """Runs the process's work; its exit code, after what CPython does at interpreter exit."""
    try:
        exitcode = body()
    except SystemExit as e:
        exitcode = _exit_code(e)
    except BaseException as e:
        _print_uncaught(e)
        exitcode = 1
    return _finish(exitcode)


def _exit_code(e):
    if e.code is None:
        return 0
    if isinstance(e.code, int):
        return e.code
    sys.stderr.write(str(e.code) + "\n")
    return 1


# CPython's numbers on Linux (position 1 is EPERM, "-" a number Linux does not use).
_LINUX_ERRNO_NAMES = """
EPERM ENOENT ESRCH EINTR EIO ENXIO E2BIG ENOEXEC EBADF ECHILD EAGAIN ENOMEM EACCES EFAULT
ENOTBLK EBUSY EEXIST EXDEV ENODEV ENOTDIR EISDIR EINVAL ENFILE EMFILE ENOTTY ETXTBSY EFBIG
ENOSPC ESPIPE EROFS EMLINK EPIPE EDOM ERANGE EDEADLK ENAMETOOLONG ENOLCK ENOSYS ENOTEMPTY ELOOP
- ENOMSG EIDRM ECHRNG EL2NSYNC EL3HLT EL3RST ELNRNG EUNATCH ENOCSI EL2HLT EBADE EBADR EXFULL
ENOANO EBADRQC EBADSLT - EBFONT ENOSTR ENODATA ETIME ENOSR ENONET ENOPKG EREMOTE ENOLINK EADV
ESRMNT ECOMM EPROTO EMULTIHOP EDOTDOT EBADMSG EOVERFLOW ENOTUNIQ EBADFD EREMCHG ELIBACC ELIBBAD
ELIBSCN ELIBMAX ELIBEXEC EILSEQ ERESTART ESTRPIPE EUSERS ENOTSOCK EDESTADDRREQ EMSGSIZE
EPROTOTYPE ENOPROTOOPT EPROTONOSUPPORT ESOCKTNOSUPPORT ENOTSUP EPFNOSUPPORT EAFNOSUPPORT
EADDRINUSE EADDRNOTAVAIL ENETDOWN ENETUNREACH ENETRESET ECONNABORTED ECONNRESET ENOBUFS EISCONN
ENOTCONN ESHUTDOWN ETOOMANYREFS ETIMEDOUT ECONNREFUSED EHOSTDOWN EHOSTUNREACH EALREADY
EINPROGRESS ESTALE EUCLEAN ENOTNAM ENAVAIL EISNAM EREMOTEIO EDQUOT ENOMEDIUM EMEDIUMTYPE
ECANCELED ENOKEY EKEYEXPIRED EKEYREVOKED EKEYREJECTED EOWNERDEAD ENOTRECOVERABLE ERFKILL
EHWPOISON
""".split()
_linux_errno = {name: number for number, name in enumerate(_LINUX_ERRNO_NAMES, 1) if name != "-"}
_linux_errno.update(EWOULDBLOCK=11, EDEADLOCK=35, EOPNOTSUPP=95)


class _Errno(int):
    """An errno number as Pyodide has it (Emscripten's: ENOENT is 44), printed as CPython on Linux
    prints it (2). It equals, hashes and computes as Pyodide's number, so ``e.errno ==
    errno.ENOENT``, ``errno.errorcode[e.errno]`` and ``os.strerror(e.errno)`` hold in the program
    and which OSError subclass Python picks is unchanged; str, repr, print, f-strings and
    tracebacks (an OSError prints its errno with str) show Linux's number."""

    __slots__ = ()

    def __repr__(self):
        return int.__repr__(_linux_errno.get(errno.errorcode.get(int(self)), int(self)))

    __str__ = __repr__


def _errno_on_raise(code, offset, exception):
    """sys.monitoring's RAISE callback: an OSError's errno becomes an _Errno where it is raised
    (by the file system, by Python code), before any ``except`` sees it, so ``print(e)`` in the
    program and the traceback text a pool task sends back read as on Linux."""
    if isinstance(exception, OSError):
        number = exception.errno
        if type(number) is int and number in errno.errorcode:
            shown = _Errno(number)
            exception.errno = shown
            if exception.args[:1] == (number,):
                exception.args = (shown, *exception.args[1:])


def _show_errno_as_on_linux():
    for name in dir(errno):
        value = getattr(errno, name)
        if name.startswith("E") and type(value) is int:
            setattr(errno, name, _Errno(value))
    monitoring = sys.monitoring
    tool = 4  # one of the two ids sys.monitoring leaves unnamed (0-2 and 5 are debuggers' and profilers')
    monitoring.use_tool_id(tool, "parallel-lab errno")
    monitoring.register_callback(tool, monitoring.events.RAISE, _errno_on_raise)
    monitoring.set_events(tool, monitoring.events.RAISE)


def _print_uncaught(e):
    """Prints the traceback as CPython does, without this module's own frames."""
    tb = e.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename == __file__:
        tb = tb.tb_next
    if isinstance(e, ModuleNotFoundError) and e.name and "." not in e.name and not getattr(e, "__notes__", None):
        e.add_note(_host.say("missingModule", name=e.name))
    traceback.print_exception(type(e), e, tb)


def _finish(exitcode):
    """What CPython does as the interpreter exits: multiprocessing's atexit work, then flush."""
    util = sys.modules.get("multiprocessing.util")
    if util is not None:
        try:
            util._exit_function()
        except SystemExit as e:
            exitcode = _exit_code(e)
        except BaseException as e:
            _print_uncaught(e)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    return exitcode
