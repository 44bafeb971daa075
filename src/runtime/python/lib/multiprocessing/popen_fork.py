"""The fork start method, which a browser cannot offer: a worker cannot copy a running process."""

from . import _host


class Popen(object):
    method = "fork"

    def __init__(self, process_obj):
        raise ValueError(_host.say("noFork", method=self.method))
