"""Parallel Lab's subprocess.run: another .py file of the lesson, run as a program of its own.

A browser has no programs to start, so ``subprocess.run(['python3', 'script.py'], ...)`` (also
``sys.executable`` or ``python`` for the program) starts the script as a new main process of
this run, in an interpreter of its own, with its own pool: the timeline shows it and what it
starts. With ``capture_output=True`` (or ``stdout=PIPE`` / ``stderr=PIPE``) its output, and its
children's, is collected instead of printed; ``text=True`` decodes it. ``returncode``, ``check``
(CalledProcessError) and ``timeout`` (TimeoutExpired, the program ended) are CPython's; a
missing script gives CPython's message on stderr and return code 2, another program CPython's
FileNotFoundError. ``install()`` puts ``run``, ``call``, ``check_call`` and ``check_output``
into the standard ``subprocess`` module; ``Popen`` and shells stay unavailable.
"""

import errno
import os
import sys
import time

from multiprocessing import _host

_PYTHONS = ("python3", "python", "python3.14")
# How often a waiting parent takes in what a captured program printed (it must, or the
# program would block on a full pipe).
_POLL_MS = 20


def install():
    import subprocess

    subprocess.run = run
    subprocess.call = call
    subprocess.check_call = check_call
    subprocess.check_output = check_output


def _program(args, shell):
    if shell or isinstance(args, (str, bytes)):
        name = args if isinstance(args, str) else args.decode()
        error = FileNotFoundError(errno.ENOENT, "No such file or directory", name)
        error.add_note(_host.say("subprocessPythonOnly"))
        raise error
    args = [os.fspath(a) for a in args]
    if not args or (os.path.basename(args[0]) not in _PYTHONS and args[0] != sys.executable):
        error = FileNotFoundError(errno.ENOENT, "No such file or directory", args[0] if args else "")
        error.add_note(_host.say("subprocessPythonOnly"))
        raise error
    return args


def _drain(handle, into):
    if handle < 0:
        return
    while _host.pipe_poll(handle, 0):
        into.append(_host.pipe_recv(handle, 0))


def run(args, *, stdin=None, input=None, capture_output=False, stdout=None, stderr=None, shell=False,
        cwd=None, timeout=None, check=False, text=None, universal_newlines=None, encoding=None,
        errors=None, **other):
    import subprocess

    argv = _program(args, shell)
    capture = capture_output or stdout == subprocess.PIPE or stderr == subprocess.PIPE
    as_text = bool(text or universal_newlines or encoding or errors)
    script = argv[1] if len(argv) > 1 else None
    if script is None or script.startswith("-"):
        out, err, code = b"", f"{argv[0]}: this page runs a script file only (python3 script.py)\n".encode(), 2
    else:
        path = script if os.path.isabs(script) else os.path.join(cwd or os.getcwd(), script)
        if not os.path.isfile(path):
            out, code = b"", 2
            err = f"{argv[0]}: can't open file {os.path.abspath(path)!r}: [Errno 2] No such file or directory\n".encode()
        else:
            out, err, code = _run_program(os.path.relpath(os.path.abspath(path), "/home/pyodide"), argv[1:], capture, timeout, args)
    if not capture:
        if err:
            sys.stderr.write(err.decode())
        out = err = None
    elif stderr == subprocess.STDOUT:
        out, err = out + err, None
    if as_text:
        out = None if out is None else out.decode(encoding or "utf-8", errors or "strict")
        err = None if err is None else err.decode(encoding or "utf-8", errors or "strict")
    result = subprocess.CompletedProcess(args, code, out, err)
    if check:
        result.check_returncode()
    return result


def _run_program(script, argv, capture, timeout, args):
    import subprocess

    pid, out_pipe, err_pipe = (int(x) for x in _host._js.run_program(script, _host._js_list(argv), capture))
    out, err = [], []
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        code = _host.child_wait(pid, _POLL_MS)
        _drain(out_pipe, out)
        _drain(err_pipe, err)
        if code is not None:
            return b"".join(out), b"".join(err), code
        if deadline is not None and time.monotonic() > deadline:
            _host.kill(pid)
            raise subprocess.TimeoutExpired(args, timeout, b"".join(out), b"".join(err))


def call(*popenargs, timeout=None, **kwargs):
    return run(*popenargs, timeout=timeout, **kwargs).returncode


def check_call(*popenargs, **kwargs):
    return run(*popenargs, check=True, **kwargs).returncode


def check_output(*popenargs, timeout=None, **kwargs):
    return run(*popenargs, stdout=-1, timeout=timeout, check=True, **kwargs).stdout
