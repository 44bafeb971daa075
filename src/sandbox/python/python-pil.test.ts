// Our PIL (src/runtime/python/lib/PIL) in a Python run: the pixels it writes are the TypeScript
// runtime's filters' (and so Pillow's), and bad input ends with Pillow's errors.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { InterpreterPool } from './interpreters';
import { startPythonRun } from './python-run';
import { Image, ImageFilter, type Filter } from '../../runtime/image';
import { exists, remove, writeFile } from '../../runtime/fs';
import type { RunReport } from '../report';

const interpreters = new InterpreterPool({ spares: 3 });
beforeAll(() => interpreters.prepare(), 180_000);
afterAll(() => interpreters.dispose());

const folder = 'python-pil-test';

function run(source: string): Promise<RunReport> {
  return startPythonRun({ 'main.py': source }, { entry: 'main.py', interpreters, timeScale: 0.1 }).report;
}

const printed = (report: RunReport) => report.output.map((l) => l.text);

const filters: [python: string, typescript: Filter][] = [
  ['ImageFilter.GaussianBlur(radius=5)', ImageFilter.GaussianBlur(5)],
  ['ImageFilter.FIND_EDGES', ImageFilter.FIND_EDGES],
  ['ImageFilter.EMBOSS', ImageFilter.EMBOSS],
  ['ImageFilter.SHARPEN', ImageFilter.SHARPEN],
  ['ImageFilter.CONTOUR', ImageFilter.CONTOUR],
  ['ImageFilter.DETAIL', ImageFilter.DETAIL],
  ['ImageFilter.SMOOTH', ImageFilter.SMOOTH],
  ['ImageFilter.SMOOTH_MORE', ImageFilter.SMOOTH_MORE],
  ['ImageFilter.BLUR()', ImageFilter.BLUR],
  ['ImageFilter.EDGE_ENHANCE', ImageFilter.EDGE_ENHANCE],
  ['ImageFilter.EDGE_ENHANCE_MORE', ImageFilter.EDGE_ENHANCE_MORE],
  ['ImageFilter.BoxBlur(2)', ImageFilter.BoxBlur(2)],
  [
    'ImageFilter.Kernel((3, 3), [1, 2, 1, 2, 4, 2, 1, 2, 1])',
    ImageFilter.Kernel(3, [1, 2, 1, 2, 4, 2, 1, 2, 1]),
  ],
];

test(
  "every filter's pixels, written by a pool worker, equal the TypeScript filter's",
  { timeout: 240_000 },
  async () => {
    if (await exists(folder)) await remove(folder, { recursive: true });
    const source = Image.random(48, 36, 7);
    await source.save(`${folder}/in.png`);
    const report = await run(`
import multiprocessing, os
from PIL import Image, ImageFilter

FILTERS = [${filters.map(([python]) => python).join(', ')}]

def apply(i):
    img = Image.open("${folder}/in.png")
    img.filter(FILTERS[i]).save(os.path.join("${folder}", f"out_{i}.png"))
    return i

if __name__ == "__main__":
    img = Image.open("${folder}/in.png")
    print(img.size, img.width, img.height, img.mode, img.format)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(apply, range(len(FILTERS))))
`);
    expect(report.status, printed(report).join('\n')).toBe('ok');
    expect(printed(report)).toEqual(['(48, 36) 48 36 RGB PNG', `[${filters.map((_, i) => i).join(', ')}]`]);
    for (const [i, [python, filter]] of filters.entries()) {
      const written = await Image.open(`${folder}/out_${i}.png`);
      expect(written.size, python).toEqual([48, 36]);
      expect(written.data, python).toEqual(source.filter(filter).data);
      // A wrong filter's pixels differ: the comparison can fail.
      if (filter !== ImageFilter.SMOOTH)
        expect(written.data, python).not.toEqual(source.filter(ImageFilter.SMOOTH).data);
    }
  },
);

test('fromarray of numpy noise is saved as a PNG the page reads back', { timeout: 180_000 }, async () => {
  const report = await run(`
import numpy as np
from PIL import Image
data = np.random.randint(0, 255, (6, 8, 3), dtype=np.uint8)
img = Image.fromarray(data, 'RGB')
img.save("${folder}/noise.png")
print(img.size, list(Image.open("${folder}/noise.png").tobytes()) == list(data.tobytes()))
print(Image.new("L", (3, 2), 9).tobytes(), Image.new("RGB", (1, 1), (1, 2, 3)).getpixel((0, 0)))
`);
  expect(printed(report)).toEqual(['(8, 6) True', "b'\\t\\t\\t\\t\\t\\t' (1, 2, 3)"]);
  const read = await Image.open(`${folder}/noise.png`);
  expect(read.size).toEqual([8, 6]);
});

test(
  "numpy.random.randint over create_images.py's 800×600×3 is numpy's: uint8 noise in [low, high), new each call",
  { timeout: 180_000 },
  async () => {
    const report = await run(`
import numpy as np
a = np.random.randint(0, 255, (600, 800, 3), dtype=np.uint8)
b = np.random.randint(0, 255, (600, 800, 3), dtype=np.uint8)
data = a.tobytes()
print(a.shape, a.dtype, len(data), min(data), max(data), len(set(data)), data != b.tobytes())
c = np.random.randint(-5, 5, 1000)
d = np.random.randint(10, 20, size=(4,), dtype=np.int32)
print(c.dtype, sorted(set(c.tolist())) == list(range(-5, 5)), d.dtype, all(10 <= x < 20 for x in d))
print(np.random.randint(3, 4, 5, dtype=np.uint8), repr(np.random.randint(7, 8, 2, dtype=np.uint8)))
np.random.seed(1); first = np.random.randint(0, 255, 20, dtype=np.uint8).tolist()
np.random.seed(1); print(first == np.random.randint(0, 255, 20, dtype=np.uint8).tolist())
`);
    expect(printed(report)).toEqual([
      '(600, 800, 3) uint8 1440000 0 254 255 True',
      'int64 True int32 True',
      '[3 3 3 3 3] array([7, 7], dtype=uint8)',
      'True',
    ]);
  },
);

test(
  "a file that is not an image fails with Pillow's UnidentifiedImageError",
  { timeout: 180_000 },
  async () => {
    await writeFile(`${folder}/notes.png`, 'not an image\n');
    const report = await run(`from PIL import Image\nImage.open("${folder}/notes.png")\n`);
    expect(report.status).toBe('error');
    expect(printed(report).at(-1)).toBe(
      `PIL.UnidentifiedImageError: cannot identify image file '${folder}/notes.png'`,
    );
  },
);

test(
  "an image larger than the page's limit fails with Pillow's DecompressionBombError, before its pixels are read",
  { timeout: 180_000 },
  async () => {
    // A PNG's signature and IHDR say 20 000 × 20 000; the pixels are never reached.
    const header = new Uint8Array(33);
    header.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    new DataView(header.buffer).setUint32(16, 20_000);
    new DataView(header.buffer).setUint32(20, 20_000);
    header.set([8, 2, 0, 0, 0], 24);
    await writeFile(`${folder}/huge.png`, header);
    const small = await run(
      `from PIL import Image\nprint(Image.MAX_IMAGE_PIXELS < 20_000 * 20_000)\nImage.open("${folder}/huge.png")\n`,
    );
    expect(small.status).toBe('error');
    const lines = printed(small);
    expect(lines[0]).toBe('True');
    expect(lines.find((line) => line.startsWith('PIL.Image.DecompressionBombError: '))).toMatch(
      /^PIL\.Image\.DecompressionBombError: Image size \(400000000 pixels\) exceeds limit of \d+ pixels, could be decompression bomb DOS attack\.$/,
    );
    expect(lines.at(-1)).toMatch(/this one is 20000×20000\. Use a smaller image\.$/);
  },
);

test('saving as JPEG says that this PIL writes PNG only', { timeout: 180_000 }, async () => {
  const report = await run(`from PIL import Image\nImage.new("RGB", (2, 2)).save("${folder}/x.jpg")\n`);
  expect(report.status).toBe('error');
  expect(printed(report).slice(-2)).toEqual([
    'OSError: cannot write mode RGB as JPEG',
    `This page's PIL writes PNG only, not JPEG: save with a .png name (for example "out.png").`,
  ]);
});
