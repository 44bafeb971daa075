"""Pillow's own filter times on this machine: each filter on noise(800, 600, seed 3), the input
of docs/reference/python-runs.md, median of 20 after 1 warm-up, in ms. Prints JSON.
Run with a Python that has Pillow (Debian: /usr/bin/python3 with python3-pil).

Each time is image.filter(f): the new image's allocation and the filter. CPython frees each
result as soon as it is dropped, and malloc hands its memory to the next one, so the loop writes
into memory it has touched before. "kept" times the same loop keeping every result, so each
lands in fresh memory, as every result of the JavaScript side does (its engine cannot free a
dropped array within a loop): on a VM whose first touch of a page is slow, that is the part of
the comparison that is the machine's, not the filter's."""
import json
import statistics
import time

import PIL
from PIL import Image, ImageFilter

M32 = 0xFFFFFFFF


def noise_bytes(w, h, seed):
    a = seed & M32
    out = bytearray(w * h * 3)
    for i in range(len(out)):
        a = (a + 0x6D2B79F5) & M32
        t = ((a ^ (a >> 15)) * (a | 1)) & M32
        t = ((t + (((t ^ (t >> 7)) * (t | 61)) & M32)) & M32) ^ t
        out[i] = ((t ^ (t >> 14)) & M32) >> 24
    return bytes(out)


FILTERS = {
    "blur": ImageFilter.GaussianBlur(radius=5),
    "edges": ImageFilter.FIND_EDGES,
    "emboss": ImageFilter.EMBOSS,
    "sharpen": ImageFilter.SHARPEN,
    "contour": ImageFilter.CONTOUR,
    "detail": ImageFilter.DETAIL,
    "smooth": ImageFilter.SMOOTH,
    "smoothmore": ImageFilter.SMOOTH_MORE,
}


def main():
    image = Image.frombytes("RGB", (800, 600), noise_bytes(800, 600, 3))
    result = {"pillow": PIL.__version__, "kept": {}}
    for slug, f in FILTERS.items():
        result[slug] = median_ms(image, f, keep=False)
        result["kept"][slug] = median_ms(image, f, keep=True)
    print(json.dumps(result))


def median_ms(image, f, keep):
    image.filter(f)
    kept = []
    times = []
    for _ in range(20):
        start = time.perf_counter()
        out = image.filter(f)
        times.append(time.perf_counter() - start)
        if keep:
            kept.append(out)
    return statistics.median(times) * 1000


if __name__ == "__main__":
    main()
