"""multiprocessing for Parallel Lab's Python mode: CPython's package, run on browser workers.

Each Python process is a Web Worker with its own Pyodide interpreter, started with CPython's
spawn start method: the child imports the main script as ``__mp_main__`` and receives its
target and arguments by pickle. Most of this package is CPython's own (process.py, context.py,
spawn.py, reduction.py, util.py, synchronize.py... are read from the standard library,
unchanged). The modules in this folder replace the parts that need what a browser lacks:

- popen_spawn_posix: starting a child (a worker from the page, not ``fork``/``exec``);
- pool: Pool, whose task, result and worker-handler threads become work the parent does
  whenever it waits (Pyodide has no threads);
- queues, connection: Queue, SimpleQueue, JoinableQueue and Pipe over shared-memory pipes;
- sharedctypes: Array, Value, RawArray, RawValue over SharedArrayBuffer;
- _multiprocessing (beside this folder): the semaphore that synchronize's locks are built on;
- _host: the bridge to the worker.

Blocking calls block the calling worker (Atomics.wait), as they block a CPython process.
"""

import os
import sys

# CPython's own modules of this package come from the standard library's copy of it.
__path__.append(os.path.join(os.path.dirname(os.__file__), "multiprocessing"))

from . import context  # noqa: E402

# spawn is the start method a browser can offer (CPython's default on macOS and Windows).
context._default_context = context.DefaultContext(context._concrete_contexts["spawn"])

__all__ = [x for x in dir(context._default_context) if not x.startswith("_")]
globals().update((name, getattr(context._default_context, name)) for name in __all__)

SUBDEBUG = 5
SUBWARNING = 25

if "__main__" in sys.modules:
    sys.modules["__mp_main__"] = sys.modules["__main__"]
