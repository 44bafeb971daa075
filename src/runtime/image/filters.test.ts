import { describe, expect, test } from 'vitest';
import { Image, ImageFilter, type Filter } from './index';
import { applyFilter, exactKernel, floatKernel, gaussianBoxRadius, type KernelFilter } from './filters';
import { convolveBytes, convolveIntegerBytes } from './wasm-filters';
import { firstDifference } from './test-images';
import { gradientBytes, mulberry32, noiseBytes } from './prng';
import { fixture, manifest } from './pillow-fixtures';

// Pillow 9.4's outputs for every filter on every reference input (docs/reference/pillow-filters.md),
// compared by sha256 of the raw RGB bytes.
const filters: Record<string, Filter> = {
  blur: ImageFilter.GaussianBlur(5),
  edges: ImageFilter.FIND_EDGES,
  emboss: ImageFilter.EMBOSS,
  sharpen: ImageFilter.SHARPEN,
  contour: ImageFilter.CONTOUR,
  detail: ImageFilter.DETAIL,
  smooth: ImageFilter.SMOOTH,
  smoothmore: ImageFilter.SMOOTH_MORE,
};

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function generate(id: string, width: number, height: number): Uint8Array {
  const seed = /seed(\d+)/.exec(id)?.[1];
  return seed ? noiseBytes(width, height, Number(seed)) : gradientBytes(width, height);
}

describe.each(manifest.inputs)('$id', (input) => {
  test('the generator reproduces the input, and the PNG decodes to the same bytes', async () => {
    const generated = generate(input.id, input.width, input.height);
    expect(await sha256(generated)).toBe(input.sha256_rgb);
    const decoded = await Image.decode(await fixture(input.file));
    expect([decoded.width, decoded.height, decoded.mode]).toEqual([input.width, input.height, 'RGB']);
    expect(await sha256(decoded.data)).toBe(input.sha256_rgb);
  });

  test.each(Object.entries(filters))('%s matches Pillow byte for byte', async (slug, filter) => {
    const expected = input.outputs[slug as keyof typeof input.outputs];
    const image = Image.fromArray(generate(input.id, input.width, input.height), input.width, input.height);
    const filtered = image.filter(filter);
    expect(await sha256(filtered.data)).toBe(expected.sha256_rgb);
    const pillow = await Image.decode(await fixture(expected.file));
    expect(await sha256(pillow.data)).toBe(expected.sha256_rgb);
  });
});

describe('the test would catch the mistakes SPEC.md warns of', () => {
  const { width, height, outputs } = manifest.inputs[0] as (typeof manifest.inputs)[0];
  const noise = noiseBytes(width, height, 1);

  test('DETAIL in float64 differs from Pillow', async () => {
    const rounded = ImageFilter.Kernel(3, [0, -1, 0, -1, 10, -1, 0, -1, 0], 6);
    // The same kernel as DETAIL (its ties decided in float32); a float64 sum gives other bytes.
    expect(await sha256(applyFilter(noise, width, height, 3, rounded))).toBe(outputs.detail.sha256_rgb);
    const float64 = new Uint8Array(noise);
    for (let y = 1; y < height - 1; y++) {
      for (let i = (y * width + 1) * 3; i < ((y + 1) * width - 1) * 3; i++) {
        const c = noise[i] as number;
        const n4 =
          (noise[i - 3] as number) +
          (noise[i + 3] as number) +
          (noise[i - width * 3] as number) +
          (noise[i + width * 3] as number);
        float64[i] = Math.max(0, Math.min(255, Math.trunc((10 * c - n4) / 6 + 0.5)));
      }
    }
    expect(await sha256(float64)).not.toBe(outputs.detail.sha256_rgb);
  });

  test('EMBOSS as a plain correlation (above-left) differs from Pillow', async () => {
    const flipped = ImageFilter.Kernel(3, [0, 0, 0, 0, 1, 0, -1, 0, 0], 1, 128);
    expect(await sha256(applyFilter(noise, width, height, 3, flipped))).not.toBe(outputs.emboss.sha256_rgb);
  });

  test('a blur that interleaves its horizontal and vertical passes differs from Pillow', async () => {
    const box = ImageFilter.BoxBlur(gaussianBoxRadius(5));
    let interleaved = noise;
    for (let pass = 0; pass < 3; pass++) interleaved = applyFilter(interleaved, width, height, 3, box);
    expect(await sha256(interleaved)).not.toBe(outputs.blur.sha256_rgb);
    expect(await sha256(applyFilter(noise, width, height, 3, ImageFilter.GaussianBlur(5)))).toBe(
      outputs.blur.sha256_rgb,
    );
  });
});

describe('kernels in integers', () => {
  const f32 = Math.fround;
  const floatPath = (data: Uint8Array, width: number, height: number, filter: KernelFilter) =>
    convolveBytes(data, width, height, 3, filter.size, floatKernel(filter));

  const integerForm = (filter: KernelFilter) => {
    const exact = exactKernel(filter);
    if (!exact) throw new Error(`${filter.name} has no integer form`);
    return exact;
  };

  test('take the integer path exactly when float32 is provably an integer formula but for ties', () => {
    const { DETAIL, SMOOTH_MORE, SMOOTH, EMBOSS, SHARPEN, FIND_EDGES, CONTOUR, BLUR } = ImageFilter;
    for (const filter of [SMOOTH, EMBOSS, SHARPEN, FIND_EDGES, CONTOUR, BLUR]) {
      expect(exactKernel(filter)?.ties, filter.name).toBe(0);
    }
    // Ties (≡ 3 mod 6, ≡ 50 mod 100) that float32's rounding decides.
    expect(exactKernel(DETAIL)?.ties).toBe(6);
    expect(exactKernel(SMOOTH_MORE)?.ties).toBe(100);
    // A fractional kernel; sums too large for 16 bits.
    for (const filter of [
      ImageFilter.Kernel(3, [0.5, 1, 0.5, 1, 2, 1, 0.5, 1, 0.5]),
      ImageFilter.Kernel(3, [100, 0, 0, 0, 100, 0, 0, 0, 100], 1),
    ]) {
      expect(exactKernel(filter), filter.name).toBeNull();
    }
  });

  test('give the float32 path’s bytes for every exact kernel, on noise and on shapes', () => {
    const filters: KernelFilter[] = [
      ImageFilter.DETAIL,
      ImageFilter.SMOOTH_MORE,
      ImageFilter.SMOOTH,
      ImageFilter.EMBOSS,
      ImageFilter.SHARPEN,
      ImageFilter.FIND_EDGES,
      ImageFilter.CONTOUR,
      ImageFilter.BLUR,
      ImageFilter.EDGE_ENHANCE,
      ImageFilter.EDGE_ENHANCE_MORE,
      ImageFilter.Kernel(3, [1, 2, 1, 2, 4, 2, 1, 2, 1], 7, -3),
      ImageFilter.Kernel(
        5,
        Array.from({ length: 25 }, (_, i) => (i % 7) - 3),
        9,
        40,
      ),
      // Even scales, with ties: a negative offset, negative weights.
      ImageFilter.Kernel(3, [1, 2, 1, 2, 4, 2, 1, 2, 1], 10, -7),
      // One weight on all eight neighbours, as SMOOTH's (the module's box-sum path), with ties.
      ImageFilter.Kernel(3, [-1, -1, -1, -1, 12, -1, -1, -1, -1], 6, 10),
      ImageFilter.Kernel(
        5,
        Array.from({ length: 25 }, (_, i) => (i % 5) - 1),
        12,
        30,
      ),
    ];
    const images: [Uint8Array, number, number][] = [
      [noiseBytes(203, 67, 11), 203, 67],
      [noiseBytes(17, 5, 12), 17, 5],
      [gradientBytes(160, 120), 160, 120],
    ];
    for (const filter of filters) {
      const exact = integerForm(filter);
      for (const [data, width, height] of images) {
        const integers = convolveIntegerBytes(
          data,
          width,
          height,
          3,
          filter.size,
          exact,
          floatKernel(filter),
        );
        expect(firstDifference(integers, floatPath(data, width, height, filter)), filter.name).toBe(-1);
      }
    }
    // DETAIL and SMOOTH_MORE in integers with their ties rounded half up are not Pillow's.
    const noise = noiseBytes(203, 67, 11);
    for (const filter of [ImageFilter.DETAIL, ImageFilter.SMOOTH_MORE]) {
      const halfUp = { ...integerForm(filter), ties: 0 };
      const rounded = convolveIntegerBytes(noise, 203, 67, 3, filter.size, halfUp, floatKernel(filter));
      expect(firstDifference(rounded, floatPath(noise, 203, 67, filter)), filter.name).not.toBe(-1);
    }
  });

  test('SMOOTH: float32 is round(m / 13) for every input, proven over every row of pixels', () => {
    // Pillow sums each kernel row t = ((p0·w0 + p1·w1) + p2·w2) in float32, then
    // ss = ((0.5 + t_bottom) + t_middle) + t_top. Over all 256³ rows of each kind, find the
    // worst |t − s/13| (s the row's integer sum, 13·t is exact in float64). Each of the last three
    // additions rounds by at most half a unit in the last place below 256, 2^-17, so
    // |ss − (m/13 + 0.5)| ≤ 3·worst + 3·2^-17 for m = Σ of all rows. m/13 + 0.5 = (2m + 13)/26
    // has an odd numerator, so it is at least 1/26 from every integer: when the bound is below
    // that, trunc(ss) is ⌊m/13 + 0.5⌋ for every image, which is what the integer path computes.
    const one = f32(f32(1) / f32(13));
    const five = f32(f32(5) / f32(13));
    let worst = 0;
    for (const [middle, weight] of [
      [one, 1],
      [five, 5],
    ] as const) {
      const outer = Float64Array.from({ length: 256 }, (_, p) => f32(p * one));
      const centre = Float64Array.from({ length: 256 }, (_, p) => f32(p * middle));
      for (let p0 = 0; p0 < 256; p0++) {
        for (let p1 = 0; p1 < 256; p1++) {
          const left = f32((outer[p0] as number) + (centre[p1] as number));
          const base = p0 + weight * p1;
          for (let p2 = 0; p2 < 256; p2++) {
            const error = Math.abs(13 * f32(left + (outer[p2] as number)) - (base + p2));
            if (error > worst) worst = error;
          }
        }
      }
    }
    worst /= 13;
    expect(worst).toBeGreaterThan(0);
    expect(3 * worst + 3 * 2 ** -17).toBeLessThan(1 / 26);
    // And the integer path's division, (m + 6) · magic >> shift, is round(m / 13) for every m.
    const exact = integerForm(ImageFilter.SMOOTH);
    for (let m = 0; m <= 13 * 255; m++) {
      expect(Math.floor(((m + exact.add) * exact.magic) / 2 ** exact.shift)).toBe(Math.floor(m / 13 + 0.5));
    }
  });
});

test('mulberry32 and the noise generator match the reference test vectors', () => {
  const next = mulberry32(1);
  expect([next(), next(), next(), next(), next()]).toEqual([
    2693262067, 11749833, 2265367787, 4213581821, 4159151403,
  ]);
  const three = mulberry32(3);
  expect([three(), three(), three()]).toEqual([3093350482, 166052715, 1959330548]);
  expect([...noiseBytes(64, 48, 1).slice(0, 12)]).toEqual([
    160, 0, 135, 251, 247, 71, 156, 184, 109, 254, 116, 125,
  ]);
});

test("the Gaussian box radius is Pillow's for every documented radius", () => {
  expect(gaussianBoxRadius(5)).toBe(Math.fround(4.4499998));
  expect(gaussianBoxRadius(1)).toBe(Math.fround(0.25000003));
  expect(gaussianBoxRadius(2)).toBe(Math.fround(1.375));
  expect(gaussianBoxRadius(3)).toBe(Math.fround(2.4166667));
  expect(gaussianBoxRadius(10)).toBe(Math.fround(9.475));
});

test('filters leave images smaller than the kernel unchanged, and refuse bad kernels', () => {
  const tiny = Image.random(2, 2, 7);
  expect([...tiny.filter(ImageFilter.FIND_EDGES).data]).toEqual([...tiny.data]);
  expect(() => ImageFilter.Kernel(4, [1])).toThrow(/3×3 or 5×5/);
  expect(() => ImageFilter.Kernel(3, [1, 2])).toThrow(/needs 9 numbers/);
});

test('a one-band image is filtered as each band of an RGB image with that band three times', () => {
  const gray = noiseBytes(97, 61, 5).filter((_, i) => i % 3 === 0);
  const rgb = new Uint8Array(gray.length * 3).map((_, i) => gray[Math.floor(i / 3)] as number);
  for (const filter of [
    ImageFilter.GaussianBlur(3),
    ImageFilter.BoxBlur(2),
    ImageFilter.SMOOTH_MORE,
    ImageFilter.DETAIL,
  ]) {
    const one = applyFilter(gray, 97, 61, 1, filter);
    const three = applyFilter(rgb, 97, 61, 3, filter).filter((_, i) => i % 3 === 0);
    expect(one, filter.name).toEqual(three);
    expect(one, filter.name).not.toEqual(gray);
  }
});

test('a blur keeps a flat image flat at any size and radius, down to one pixel wide or high', () => {
  for (const [width, height] of [
    [1, 1],
    [1, 9],
    [9, 1],
    [3, 2],
    [5, 7],
  ] as const) {
    const flat = new Uint8Array(width * height * 3).fill(200);
    for (const filter of [
      ImageFilter.GaussianBlur(1),
      ImageFilter.GaussianBlur(10),
      ImageFilter.BoxBlur(0),
      ImageFilter.BoxBlur(30),
    ]) {
      expect([...applyFilter(flat, width, height, 3, filter)], `${filter.name}, ${width}×${height}`).toEqual([
        ...flat,
      ]);
    }
  }
});
