// The deterministic test images of the Pillow reference (refgen.py): mulberry32 noise and a
// gradient with hard-edged shapes. Byte for byte the same as the Python generator.

/** mulberry32: a tiny, well-mixed 32-bit PRNG; returns a function giving uint32 values. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** w × h RGB noise: one PRNG call per byte, its top 8 bits, row-major R, G, B. */
export function noiseBytes(width: number, height: number, seed: number): Uint8Array {
  const next = mulberry32(seed);
  const out = new Uint8Array(width * height * 3);
  for (let i = 0; i < out.length; i++) out[i] = next() >>> 24;
  return out;
}

function gradientPixel(x: number, y: number, w: number, h: number): [number, number, number] {
  let rgb: [number, number, number] = [
    Math.floor((255 * x) / (w - 1)),
    Math.floor((255 * y) / (h - 1)),
    Math.floor((255 * (2 * x + 3 * (h - 1 - y))) / (2 * (w - 1) + 3 * (h - 1))),
  ];
  if (x >= 20 && x < 60 && y >= 15 && y < 50) rgb = [20, 40, 200];
  if ((x - 110) ** 2 + (y - 60) ** 2 <= 900) rgb = [250, 240, 30];
  if (x >= 20 && x < 68 && y >= 70 && y < 110) {
    rgb = (Math.floor((x - 20) / 4) + Math.floor((y - 70) / 4)) % 2 === 0 ? [255, 255, 255] : [0, 0, 0];
  }
  if (x >= 80 && x < 150 && y === x - 40) rgb = [255, 0, 255];
  if (x === 0 && y === 0) rgb = [255, 0, 0];
  if (x === w - 1 && y === 0) rgb = [0, 255, 0];
  if (x === 0 && y === h - 1) rgb = [0, 0, 255];
  if (x === w - 1 && y === h - 1) rgb = [255, 255, 255];
  return rgb;
}

/** The reference gradient (smooth ramps plus a rectangle, a disc, a checkerboard, a diagonal). */
export function gradientBytes(width = 160, height = 120): Uint8Array {
  const out = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) out.set(gradientPixel(x, y, width, height), (y * width + x) * 3);
  }
  return out;
}
