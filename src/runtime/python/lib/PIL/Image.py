"""Pillow's Image, over the page's image code (see PIL/__init__.py for what it covers)."""

import builtins
import json
import os
import struct
import zlib

from multiprocessing import _host

from PIL import UnidentifiedImageError

_BANDS = {"L": 1, "RGB": 3, "RGBA": 4}
_EXTENSIONS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".jpe": "JPEG", ".gif": "GIF",
               ".bmp": "BMP", ".webp": "WEBP", ".tif": "TIFF", ".tiff": "TIFF"}
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"



class _PageImageCode:
    """The page's image code, the JavaScript module ``_parallel_lab_image`` (image-host.ts). A
    process registers it as it starts, after the build's memory snapshot was made, and that
    snapshot holds this module already imported (importing PIL took a pool worker 30-55 ms of
    its start, measured in Node): so it is looked up when called."""

    def __getattr__(self, name):
        import _parallel_lab_image

        return getattr(_parallel_lab_image, name)


_js = _PageImageCode()


def __getattr__(name):
    # MAX_IMAGE_PIXELS: the page's limit (an image is held whole on every worker that filters
    # it), not Pillow's, until the program sets its own.
    if name == "MAX_IMAGE_PIXELS":
        return _js.max_pixels
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class DecompressionBombError(Exception):
    pass


def _inflate(data):
    return zlib.decompress(data.to_bytes())


def _deflate(data):
    # Pillow's PNG encoder: level 6, the filtered strategy, the most memory (ZipEncode.c).
    compressor = zlib.compressobj(6, zlib.DEFLATED, 15, 9, zlib.Z_FILTERED)
    return compressor.compress(data.to_bytes()) + compressor.flush()


def _check_size(width, height):
    pixels = width * height
    MAX_IMAGE_PIXELS = globals().get("MAX_IMAGE_PIXELS") or _js.max_pixels
    if pixels > MAX_IMAGE_PIXELS:
        error = DecompressionBombError(
            f"Image size ({pixels} pixels) exceeds limit of {MAX_IMAGE_PIXELS} pixels, "
            "could be decompression bomb DOS attack."
        )
        error.add_note(_host.say("imageTooLarge", width=width, height=height, max=MAX_IMAGE_PIXELS))
        raise error


class Image:
    """An 8-bit image (L, RGB or RGBA): its pixels, row by row, interleaved."""

    format = None

    def __init__(self, mode, size, data, format=None, filename=""):
        self.mode = mode
        self._size = (int(size[0]), int(size[1]))
        self._data = bytes(data)
        self.format = format
        self.filename = filename
        self.info = {}

    @property
    def size(self):
        return self._size

    @property
    def width(self):
        return self._size[0]

    @property
    def height(self):
        return self._size[1]

    def __repr__(self):
        kind = {"PNG": "PIL.PngImagePlugin.PngImageFile", "JPEG": "PIL.JpegImagePlugin.JpegImageFile"}
        return (f"<{kind.get(self.format, 'PIL.Image.Image')} image mode={self.mode} "
                f"size={self.width}x{self.height} at 0x{id(self):X}>")

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        pass

    def load(self):
        return None

    def filter(self, filter):
        if callable(filter):
            filter = filter()
        if not hasattr(filter, "_spec"):
            raise TypeError("filter argument should be ImageFilter.Filter instance or class")
        pixels = _js.filter(self.width, self.height, self.mode, self._data, json.dumps(filter._spec()))
        return Image(self.mode, self._size, pixels.to_bytes())

    def copy(self):
        return Image(self.mode, self._size, self._data)

    def tobytes(self):
        return self._data

    def getpixel(self, xy):
        x, y = xy
        bands = _BANDS[self.mode]
        at = (y * self.width + x) * bands
        values = tuple(self._data[at:at + bands])
        return values[0] if bands == 1 else values

    def convert(self, mode=None):
        if mode is None or mode == self.mode:
            return self.copy()
        if mode not in _BANDS:
            raise ValueError("conversion not supported")
        n = self.width * self.height
        src, bands = self._data, _BANDS[self.mode]
        if mode == "L":
            if bands == 1:
                return self.copy()
            # Pillow's ITU-R 601-2 luma, in its fixed-point form.
            out = bytes((src[i] * 19595 + src[i + 1] * 38470 + src[i + 2] * 7471 + 0x8000) >> 16
                        for i in range(0, n * bands, bands))
        else:
            out = bytearray(n * _BANDS[mode])
            to = _BANDS[mode]
            for channel in range(3):
                out[channel::to] = src[0::bands] if bands == 1 else src[channel::bands]
            if mode == "RGBA":
                out[3::4] = src[3::4] if bands == 4 else b"\xff" * n
        return Image(mode, self._size, out)

    def save(self, fp, format=None, **params):
        filename = os.fspath(fp) if isinstance(fp, (str, bytes, os.PathLike)) else getattr(fp, "name", "")
        if isinstance(filename, bytes):
            filename = filename.decode()
        if format is None:
            ext = os.path.splitext(filename)[1].lower()
            if ext not in _EXTENSIONS:
                raise ValueError(f"unknown file extension: {ext}")
            format = _EXTENSIONS[ext]
        if format.upper() != "PNG":
            error = OSError(f"cannot write mode {self.mode} as {format.upper()}")
            error.add_note(_host.say("pilSavesPng", format=format.upper()))
            raise error
        data = _js.encode_png(self.width, self.height, self.mode, self._data, _deflate).to_bytes()
        if isinstance(fp, (str, bytes, os.PathLike)):
            with builtins.open(fp, "wb") as f:
                f.write(data)
        else:
            fp.write(data)


def open(fp, mode="r", formats=None):
    if mode != "r":
        raise ValueError(f"bad mode {mode!r}")
    if isinstance(fp, (str, bytes, os.PathLike)):
        filename = fp
        with builtins.open(fp, "rb") as f:
            data = f.read()
    else:
        filename = getattr(fp, "name", fp)
        data = fp.read()
    if data[:8] == _PNG_SIGNATURE and len(data) >= 24:
        _check_size(*struct.unpack(">II", data[16:24]))
        format, decode = "PNG", lambda: _js.decode_png(data, _inflate)
    elif data[:3] == b"\xff\xd8\xff":
        format, decode = "JPEG", lambda: _js.decode_jpeg(data)
    else:
        raise UnidentifiedImageError(f"cannot identify image file {filename!r}")
    try:
        pixels = decode()
    except Exception as e:
        raise OSError(f"image file is truncated or broken: {filename!r} ({e})") from None
    _check_size(pixels.width, pixels.height)
    return Image(pixels.mode, (pixels.width, pixels.height), pixels.data.to_bytes(), format, filename)


def _size_of(size):
    width, height = size
    if width < 0 or height < 0:
        raise ValueError("Width and height must be >= 0")
    _check_size(width, height)
    return int(width), int(height)


def new(mode, size, color=0):
    if mode not in _BANDS:
        raise ValueError(f"unrecognized image mode {mode!r}")
    width, height = _size_of(size)
    bands = _BANDS[mode]
    if isinstance(color, int):
        pixel = bytes([color] * bands) if bands == 1 else bytes([color, 0, 0, 255][:bands])
    else:
        pixel = bytes(tuple(color) + (255,) * (bands - len(color)))
    return Image(mode, (width, height), pixel * (width * height))


def fromarray(obj, mode=None):
    shape = tuple(obj.shape)
    if str(obj.dtype) != "uint8":
        raise TypeError(f"Cannot handle this data type: {shape[:0] + (1, 1) + shape[2:]}, {obj.dtype.str if hasattr(obj.dtype, 'str') else obj.dtype}")
    guessed = {2: "L"}.get(len(shape)) or {3: "RGB", 4: "RGBA"}.get(shape[2] if len(shape) == 3 else 0)
    if guessed is None:
        raise TypeError(f"Cannot handle this data type: {shape}, |u1")
    mode = mode or guessed
    if mode != guessed:
        raise ValueError(f"Too many dimensions: {len(shape)} > 2." if mode == "L" else f"mode {mode} does not fit an array of shape {shape}")
    height, width = shape[0], shape[1]
    _check_size(width, height)
    return Image(mode, (width, height), obj.tobytes())
