"""Parallel Lab's PIL: a small stand-in for Pillow, which cannot be installed in this page.

It is not Pillow. It covers what the lab's image project uses, with Pillow's names and
behaviour: ``Image.open`` (PNG and JPEG, from the learner's workspace or a file object),
``Image.new``, ``Image.fromarray`` (the page's numpy arrays), ``Image.save`` (PNG only),
``Image.filter``, ``.size/.width/.height/.mode/.format``, ``convert``, ``copy``, ``getpixel``,
``tobytes``; and ``ImageFilter``'s built-in filters (BLUR, CONTOUR, DETAIL, EDGE_ENHANCE,
EDGE_ENHANCE_MORE, EMBOSS, FIND_EDGES, SHARPEN, SMOOTH, SMOOTH_MORE) with ``GaussianBlur``,
``BoxBlur`` and ``Kernel``. Images are 8-bit L, RGB or RGBA. The filters and the PNG codec are
the page's TypeScript runtime's, in WebAssembly, which give Pillow 9.4's pixels byte for byte;
PNG files are compressed with CPython's zlib at Pillow's settings.
"""

__version__ = "9.4.0"


class UnidentifiedImageError(OSError):
    """Raised by Image.open when a file is not an image it can read (Pillow's own class)."""
