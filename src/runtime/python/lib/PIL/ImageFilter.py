"""Pillow's ImageFilter, over the page's WebAssembly filters (see PIL/__init__.py).

Filters are plain objects (the built-ins are classes, as in Pillow), so they travel to pool
workers by pickle; ``_spec`` is what the page's filter code is given.
"""

import functools


class Filter:
    pass


class MultibandFilter(Filter):
    pass


class Kernel(MultibandFilter):
    """A 3×3 or 5×5 convolution kernel; scale defaults to the sum of the kernel."""

    name = "Kernel"

    def __init__(self, size, kernel, scale=None, offset=0):
        if scale is None:
            scale = functools.reduce(lambda a, b: a + b, kernel)
        if size[0] * size[1] != len(kernel):
            raise ValueError("not enough coefficients in kernel")
        self.filterargs = size, scale, offset, kernel

    def _spec(self):
        size, scale, offset, kernel = self.filterargs
        return {"kernel": [size[0], list(kernel), scale, offset]}


class BuiltinFilter(Kernel):
    def __init__(self):
        pass

    def _spec(self):
        return {"builtin": type(self).__name__}


class BLUR(BuiltinFilter):
    name = "Blur"


class CONTOUR(BuiltinFilter):
    name = "Contour"


class DETAIL(BuiltinFilter):
    name = "Detail"


class EDGE_ENHANCE(BuiltinFilter):
    name = "Edge-enhance"


class EDGE_ENHANCE_MORE(BuiltinFilter):
    name = "Edge-enhance More"


class EMBOSS(BuiltinFilter):
    name = "Emboss"


class FIND_EDGES(BuiltinFilter):
    name = "Find Edges"


class SHARPEN(BuiltinFilter):
    name = "Sharpen"


class SMOOTH(BuiltinFilter):
    name = "Smooth"


class SMOOTH_MORE(BuiltinFilter):
    name = "Smooth More"


class GaussianBlur(MultibandFilter):
    """Gaussian blur, as Pillow approximates it (three extended box blurs per axis)."""

    name = "GaussianBlur"

    def __init__(self, radius=2):
        self.radius = radius

    def _spec(self):
        return {"gaussian": self.radius}


class BoxBlur(MultibandFilter):
    """Each pixel becomes the mean of a (2·radius + 1)-wide box, on each axis."""

    name = "BoxBlur"

    def __init__(self, radius):
        if radius < 0:
            raise ValueError("radius must be >= 0")
        self.radius = radius

    def _spec(self):
        return {"box": self.radius}
