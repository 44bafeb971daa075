import { describe, expect, test } from 'vitest';
import manifest from './fixtures/pillow/manifest.json';
import { Image, ImageFilter, type Filter } from './index';
import { applyFilter, gaussianBoxRadius } from './filters';
import { gradientBytes, mulberry32, noiseBytes } from './prng';

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

const fixtureUrls = import.meta.glob<string>('./fixtures/pillow/**/*.png', {
  query: '?url',
  import: 'default',
  eager: true,
});

async function fixture(file: string): Promise<Uint8Array> {
  const url = fixtureUrls[`./fixtures/pillow/${file}`];
  if (!url) throw new Error(`No fixture ${file}`);
  return new Uint8Array(await (await fetch(url)).arrayBuffer());
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
    // The same kernel as DETAIL goes through the float32 path; a float64 sum gives other bytes.
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
