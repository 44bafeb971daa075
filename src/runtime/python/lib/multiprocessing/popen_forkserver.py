"""The forkserver start method, which a browser cannot offer (see popen_fork.py)."""

from . import popen_fork


class Popen(popen_fork.Popen):
    method = "forkserver"
