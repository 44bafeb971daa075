"""Starts a child process the way CPython's spawn start method does, in a browser worker.

CPython's ``popen_spawn_posix`` runs ``python -c 'from multiprocessing.spawn import
spawn_main; ...'`` and writes two pickles to it: the preparation data (sys.path, the main
script's path...) and the Process object. This one pickles the same two things with the same
``spawn.get_preparation_data`` and ``reduction.dump``, and asks the page to start a fresh
interpreter in a worker with them (src/sandbox/python/). Objects that may only be shared by
inheritance (Array, Value, Lock, Queue) register their shared memory here (_host.Handle) while the
Process object is pickled, exactly when CPython's ``get_spawning_popen()`` is set.
"""

import io
import os

from . import _host
from . import context
from . import reduction
from . import spawn
from . import util

__all__ = ["Popen"]


class Popen(object):
    method = "spawn"

    def __init__(self, process_obj):
        util._flush_std_streams()
        self.returncode = None
        self.finalizer = None
        self._handles = []
        prep_data = spawn.get_preparation_data(process_obj._name)
        fp = io.BytesIO()
        context.set_spawning_popen(self)
        try:
            reduction.dump(prep_data, fp)
            reduction.dump(process_obj, fp)
        finally:
            context.set_spawning_popen(None)
        self.pid = _host.spawn(process_obj._name, fp.getvalue(), self._handles, self._target_json(process_obj))
        # What connection.wait() waits on for this process: its pid.
        self.sentinel = _Sentinel(self.pid)

    @staticmethod
    def _target_json(process_obj):
        """The Process's target and arguments, for the report (a pool worker's are its own)."""
        import json

        from . import _records

        target = getattr(process_obj, "_target", None)
        if target is None or getattr(target, "__module__", "") == "multiprocessing.pool":
            return "{}"
        args = _records.call_args(target, process_obj._args, process_obj._kwargs)
        return json.dumps({"target": _records._name(target), "args": _records.summarize(args)})

    def register_handle(self, handle):
        """Sends shared object `handle` (its id) along with the child."""
        if handle not in self._handles:
            self._handles.append(handle)

    def duplicate_for_child(self, fd):
        raise NotImplementedError("file descriptors cannot be passed to a browser worker")

    def poll(self, flag=os.WNOHANG):
        if self.returncode is None:
            if flag == os.WNOHANG:
                self.returncode = _host.child_exitcode(self.pid)
            else:
                self.returncode = _host.child_wait(self.pid, None)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            ms = None if timeout is None else max(0, timeout) * 1000 * _host.time_scale()
            self.returncode = _host.child_wait(self.pid, ms)
        return self.returncode

    def _send_signal(self, sig):
        if self.returncode is None:
            _host.kill(self.pid)

    def interrupt(self):
        self._send_signal(2)

    def terminate(self):
        self._send_signal(15)

    def kill(self):
        self._send_signal(9)

    def close(self):
        pass


class _Sentinel(int):
    """A process sentinel: its pid (connection.wait() knows how to wait on one)."""
