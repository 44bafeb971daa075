"""What a Python run records of the values that travel, for the page's RunReport (docs/testing.md).

The same JSON-safe shapes as the TypeScript runtime (src/runtime/summarize.ts): numbers,
strings, booleans and None as themselves, tuples and lists as arrays, dicts with string keys as
objects, and tags for the rest: ``{"function": name}``, ``{"partial": name, "args": [...],
"keywords": {...}}``, ``{"shared": typecode, "length": n}`` for a multiprocessing Array or
Value, ``{"lock": true}``, ``{"queue": true}``, ``{"typed": "float64", "length": n, "values":
[...]}`` for a numpy array, ``{"error": name, "message": text}``, ``{"object": class, "fields":
{...}}``, ``{"number": "NaN"}``, ``{"bigint": "..."}``; cut past 1 000 elements or about 10 KB
with ``{"more": n}``. Only the run's first 10 000 tasks are recorded (a counter every process
shares); every task keeps its timing span.
"""

import functools
import math

from . import _host

max_elements = 1000
max_bytes = 10_000
_tag_keys = [
    {"undefined"},
    {"number"},
    {"bigint"},
    {"symbol"},
    {"function"},
    {"partial", "args", "keywords"},
    {"placeholder"},
    {"shared", "length"},
    {"lock"},
    {"queue"},
    {"typed", "length", "values"},
    {"error", "message"},
    {"object", "fields"},
    {"circular"},
    {"more"},
]


class _Budget(object):
    def __init__(self):
        self.left = max_bytes


def summarize(value, budget=None, seen=None):
    budget = budget or _Budget()
    seen = seen if seen is not None else set()
    if value is None or isinstance(value, bool):
        budget.left -= 5
        return value
    if isinstance(value, int):
        budget.left -= 8
        return value if abs(value) <= 2**53 else {"bigint": str(value)}
    if isinstance(value, float):
        budget.left -= 8
        if math.isnan(value):
            return {"number": "NaN"}
        if math.isinf(value):
            return {"number": "Infinity" if value > 0 else "-Infinity"}
        return float(value)
    if isinstance(value, str):
        keep = max(0, min(10_000, budget.left))
        budget.left -= min(len(value), keep) + 2
        return value if len(value) <= keep else value[:keep] + "…"
    if isinstance(value, BaseException):
        return {"error": type(value).__name__, "message": str(value)}
    if id(value) in seen:
        return {"circular": True}
    seen.add(id(value))
    try:
        return _summarize_object(value, budget, seen)
    finally:
        seen.discard(id(value))


def _summarize_list(items, length, budget, seen):
    out = []
    for i, item in enumerate(items):
        if i == max_elements or budget.left <= 0:
            out.append({"more": length - i})
            break
        out.append(summarize(item, budget, seen))
    return out


def _summarize_object(value, budget, seen):
    from . import sharedctypes, synchronize, queues

    if isinstance(value, (tuple, list)):
        return _summarize_list(value, len(value), budget, seen)
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value):
            fields = {}
            for i, (k, v) in enumerate(value.items()):
                if i == max_elements or budget.left <= 0:
                    fields["…"] = {"more": len(value) - i}
                    break
                fields[k] = summarize(v, budget, seen)
            return {"object": "dict", "fields": fields} if set(fields) in _tag_keys else fields
        return {"object": "dict", "fields": {repr(k): summarize(v, budget, seen) for k, v in value.items()}}
    if isinstance(value, functools.partial):
        return {
            "partial": _name(value.func),
            "args": _summarize_list(value.args, len(value.args), budget, seen),
            "keywords": {k: summarize(v, budget, seen) for k, v in value.keywords.items()},
        }
    if isinstance(value, sharedctypes.SynchronizedBase):
        value = value.get_obj()
    if isinstance(value, sharedctypes._RawArray):
        return {"shared": value._typecode_, "length": len(value)}
    if isinstance(value, sharedctypes._RawValue):
        return {"shared": value._typecode_, "length": 1}
    if isinstance(value, synchronize.SemLock):
        return {"lock": True}
    if isinstance(value, (queues.Queue, queues.SimpleQueue)):
        return {"queue": True}
    if callable(value) and hasattr(value, "__name__"):
        return {"function": _name(value)}
    numpy = __import__("sys").modules.get("numpy")
    if numpy is not None and isinstance(value, numpy.ndarray):
        values = value._values()
        n = len(values)
        shown = [summarize(x, budget, seen) for x in values[: min(n, max_elements)]]
        if n > max_elements:
            shown.append({"more": n - max_elements})
        return {"typed": value.dtype.name, "length": n, "values": shown}
    if isinstance(value, (bytes, bytearray)):
        data = list(value[:max_elements])
        if len(value) > max_elements:
            data.append({"more": len(value) - max_elements})
        return {"typed": "Uint8Array", "length": len(value), "values": data}
    fields = getattr(value, "__dict__", {})
    return {
        "object": type(value).__name__,
        "fields": {k: summarize(v, budget, seen) for k, v in list(fields.items())[:max_elements] if not k.startswith("_")},
    }


def _name(func):
    while isinstance(func, functools.partial):
        func = func.func
    return getattr(func, "__name__", None) or type(func).__name__


def call_args(func, args, kwds):
    """What `func` was called with, as the report's arguments: positional ones, then keywords
    (a partial's own in place) as one trailing object, as the TypeScript runtime records an
    options object bound last."""
    keywords = dict(kwds)
    while isinstance(func, functools.partial):
        args = tuple(func.args) + tuple(args)
        keywords = {**func.keywords, **keywords}
        func = func.func
    return list(args) + ([keywords] if keywords else [])


def claim(tasks):
    """How many of `tasks` new tasks (a leading part) to record: none once the run has 10 000."""
    return _host.claim_records(tasks)
