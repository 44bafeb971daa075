"""matplotlib.pyplot, the part the lab uses, over the page's plot facility (parallel/plot).

``figure(figsize)``, ``bar(x, height, color=…, label=…)``, ``plot(x, y, color, marker,
linestyle, label)``, ``xlabel``, ``ylabel``, ``title``, ``xticks(ticks, labels)``,
``text(x, y, s, ha=…)``, ``legend``, ``tight_layout``, ``grid``, ``savefig(path)`` (a PNG in the
learner's workspace, and the figure in the Charts panel), ``show()`` (the Charts panel) and
``close()``. Styling arguments that the page's charts do not draw are accepted and ignored.
"""

import json

import _parallel_lab_image as _js
from multiprocessing import _host

_figure = None


def _empty(size=(8, 5)):
    return {"texts": [], "legend": False, "size": [float(size[0]), float(size[1])], "series": []}


def _current():
    global _figure
    if _figure is None:
        _figure = _empty()
    return _figure


def _label(value):
    return value if isinstance(value, str) else float(value) if isinstance(value, float) else int(value)


def _numbers(values):
    return [float(v) for v in values]


def figure(num=None, figsize=None, **kwargs):
    global _figure
    _figure = _empty(figsize or (8, 5))


def bar(x, height, width=0.8, bottom=None, *, color=None, label=None, **kwargs):
    xs = [_label(v) for v in x]
    heights = _numbers(height)
    if len(xs) != len(heights):
        raise ValueError(f"shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape ({len(xs)},) and arg 1 with shape ({len(heights)},).")
    series = {"kind": "bar", "x": xs, "heights": heights}
    if color is not None:
        series["color"] = color if isinstance(color, str) else [str(c) for c in color]
    if label is not None:
        series["label"] = str(label)
    _current()["series"].append(series)


def plot(x, y=None, fmt=None, *, color=None, marker=None, linestyle=None, label=None, **kwargs):
    if y is None or isinstance(y, str):
        x, y, fmt = range(len(list(x))), x, y
    series = {"kind": "line", "x": [_label(v) for v in x], "y": _numbers(y)}
    for key, value in (("color", color), ("marker", marker), ("label", label)):
        if value is not None:
            series[key] = str(value)
    if linestyle == "--":
        series["dashed"] = True
    _current()["series"].append(series)


def title(label, **kwargs):
    _current()["title"] = str(label)


def xlabel(label, **kwargs):
    _current()["xlabel"] = str(label)


def ylabel(label, **kwargs):
    _current()["ylabel"] = str(label)


def xticks(ticks=None, labels=None, **kwargs):
    if ticks is None:
        return
    spec = {"ticks": [_label(t) for t in ticks]}
    if labels is not None:
        spec["labels"] = [str(l) for l in labels]
    _current()["xticks"] = spec


def text(x, y, s, ha=None, **kwargs):
    _current()["texts"].append({"x": _label(x), "y": float(y), "text": str(s)})


def legend(*args, **kwargs):
    _current()["legend"] = True


def tight_layout(*args, **kwargs):
    """The page lays its charts out itself."""


def grid(*args, **kwargs):
    """The page's charts always draw their grid."""


def _show_in_page():
    _host.emit(json.dumps({"type": "plot", "figure": _current()}))


def savefig(fname, *args, **kwargs):
    png = _js.render_figure(json.dumps(_current())).to_bytes()
    with open(fname, "wb") as f:
        f.write(png)
    _show_in_page()


def show(*args, **kwargs):
    global _figure
    _show_in_page()
    _figure = None


def close(*args):
    global _figure
    _figure = None
