// Pillow 9.4's ImageFilter, byte for byte (the arithmetic is in docs/reference/pillow-filters.md,
// read from Pillow's Filter.c and BoxBlur.c). Filters are plain data, so they can be sent to
// workers as task arguments; applyFilter() runs one on interleaved 8-bit pixel data.
import { say } from '../messages';
import {
  boxBlurBytes,
  convolveBytes,
  convolveIntegerBytes,
  type FloatKernel,
  type IntegerKernel,
} from './wasm-filters';

export interface KernelFilter {
  kind: 'kernel';
  name: string;
  size: 3 | 5;
  kernel: number[];
  scale: number;
  offset: number;
}
export interface BlurFilter {
  kind: 'gaussian' | 'box';
  name: string;
  radius: number;
}
export type Filter = KernelFilter | BlurFilter;

function builtin(name: string, size: 3 | 5, scale: number, offset: number, kernel: number[]): KernelFilter {
  return Object.freeze({ kind: 'kernel', name, size, kernel, scale, offset }) as KernelFilter;
}

/** Pillow's ImageFilter module: the built-in filters and the filter makers. */
export const ImageFilter = {
  BLUR: builtin(
    'BLUR',
    5,
    16,
    0,
    [1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1],
  ),
  CONTOUR: builtin('CONTOUR', 3, 1, 255, [-1, -1, -1, -1, 8, -1, -1, -1, -1]),
  DETAIL: builtin('DETAIL', 3, 6, 0, [0, -1, 0, -1, 10, -1, 0, -1, 0]),
  EDGE_ENHANCE: builtin('EDGE_ENHANCE', 3, 2, 0, [-1, -1, -1, -1, 10, -1, -1, -1, -1]),
  EDGE_ENHANCE_MORE: builtin('EDGE_ENHANCE_MORE', 3, 1, 0, [-1, -1, -1, -1, 9, -1, -1, -1, -1]),
  EMBOSS: builtin('EMBOSS', 3, 1, 128, [-1, 0, 0, 0, 1, 0, 0, 0, 0]),
  FIND_EDGES: builtin('FIND_EDGES', 3, 1, 0, [-1, -1, -1, -1, 8, -1, -1, -1, -1]),
  SHARPEN: builtin('SHARPEN', 3, 16, 0, [-2, -2, -2, -2, 32, -2, -2, -2, -2]),
  SMOOTH: builtin('SMOOTH', 3, 13, 0, [1, 1, 1, 1, 5, 1, 1, 1, 1]),
  SMOOTH_MORE: builtin(
    'SMOOTH_MORE',
    5,
    100,
    0,
    [1, 1, 1, 1, 1, 1, 5, 5, 5, 1, 1, 5, 44, 5, 1, 1, 5, 5, 5, 1, 1, 1, 1, 1, 1],
  ),

  /** Gaussian blur, as Pillow approximates it: three extended box blurs per axis. */
  GaussianBlur(radius = 2): BlurFilter {
    checkRadius(radius, 'GaussianBlur');
    return { kind: 'gaussian', name: `GaussianBlur(${radius})`, radius };
  },

  /** One extended box blur per axis: each pixel becomes the mean of a (2r + 1)-wide box. */
  BoxBlur(radius: number): BlurFilter {
    checkRadius(radius, 'BoxBlur');
    return { kind: 'box', name: `BoxBlur(${radius})`, radius };
  },

  /** A 3×3 or 5×5 convolution kernel (row by row); scale defaults to the kernel's sum (or 1). */
  Kernel(size: [number, number] | number, kernel: number[], scale?: number, offset = 0): KernelFilter {
    const n = Array.isArray(size) ? size[0] : size;
    if ((n !== 3 && n !== 5) || (Array.isArray(size) && size[1] !== n)) {
      throw new RangeError(say('kernelSize', { got: String(size) }));
    }
    if (kernel.length !== n * n)
      throw new RangeError(say('kernelLength', { n, needed: n * n, got: kernel.length }));
    const sum = kernel.reduce((a, b) => a + b, 0);
    return {
      kind: 'kernel',
      name: `Kernel(${n}×${n})`,
      size: n,
      kernel: [...kernel],
      scale: scale ?? (sum || 1),
      offset,
    };
  },
} as const;

function checkRadius(radius: number, what: string): void {
  if (typeof radius !== 'number' || !(radius >= 0))
    throw new RangeError(say('filterRadius', { what, got: String(radius) }));
}

const f32 = Math.fround;

/** Runs `filter` on interleaved pixels with `bands` channels (3 for RGB); returns new data. */
export function applyFilter(
  data: Uint8Array,
  width: number,
  height: number,
  bands: number,
  filter: Filter,
): Uint8Array {
  if (filter.kind === 'kernel') return convolve(data, width, height, bands, filter);
  if (filter.kind === 'gaussian')
    return boxBlur(data, width, height, bands, gaussianBoxRadius(filter.radius), 3);
  if (filter.kind === 'box') return boxBlur(data, width, height, bands, filter.radius, 1);
  throw new TypeError(say('notAFilter', { got: String(JSON.stringify(filter)) }));
}

// ── Convolutions (Filter.c) ─────────────────────────────────────────────────────────────

/**
 * Pillow's kernel filters, in WebAssembly (assembly/convolve.ts says why). Kernels whose float32
 * result is provably an integer formula but for ties (exactKernel) take the integer path, twice
 * as many bytes per instruction and no conversions; the others, and the ties, Pillow's float32.
 */
function convolve(
  src: Uint8Array,
  width: number,
  height: number,
  bands: number,
  filter: KernelFilter,
): Uint8Array {
  const n = filter.size;
  // Images smaller than the kernel come back unchanged.
  if (width < n || height < n) return new Uint8Array(src);
  const exact = exactKernel(filter);
  const float = floatKernel(filter);
  if (exact && (exact.ties === 0 || exact.ties >= fewTies))
    return convolveIntegerBytes(src, width, height, bands, n, exact, float);
  return convolveBytes(src, width, height, bands, n, float);
}

/**
 * The smallest scale whose ties are rare enough for the integer path: one byte in `scale` is a
 * tie, computed again on its own in float32. Measured on 800×600 noise (module alone, machine
 * under load): SMOOTH_MORE (100) 11.6 ms in float32, 3.6 in integers; DETAIL (6) 3.6 in float32
 * but 4.6 in integers, where its ties cost 3.9 ms (16 ns each): even at 3×3 the integers win
 * only from a scale near 9.
 */
const fewTies = 16;

/** Pillow's float32 form of a kernel: weights kernel / scale and sums starting at offset + 0.5, each rounded to float32 as its C does. */
export function floatKernel({ kernel, scale, offset }: KernelFilter): FloatKernel {
  const s = f32(scale);
  return { weights: Float32Array.from(kernel, (k) => f32(f32(k) / s)), start: f32(offset + 0.5) };
}

/**
 * The integer form of a kernel, when Pillow's float32 arithmetic provably gives
 * clamp(⌊(T + ⌊s/2⌋) / s⌋) with T = Σ k·p + offset·s, s the scale, but where `ties` says: null otherwise.
 *
 * - s a power of two: every weight k/s, product and sum is exact in float32 (the sums stay far
 *   below 2^24), so Pillow's trunc(T/s + 0.5) is exact rounding. No ties.
 * - Otherwise the exact value (2T + s) / 2s is within float32's error of an integer only when it
 *   is one; float32 moves it by the rounding of its n² products, n(n - 1) row additions and n
 *   additions to the sum (each at most |value| · 2^-24, no value above V, the largest
 *   |Σ k·p| / s + |offset| + 0.5) plus the weights' own rounding. When that bound is below the
 *   distance of every other value from an integer, truncating Pillow's float32 sum gives the
 *   integer formula for every input but those exact integers.
 *   - s odd: the numerator is odd, never an integer, at least 1/2s from one. No ties.
 *     filters.test.ts checks the bound against the true worst case of SMOOTH, exhaustively.
 *   - s even (DETAIL's 6, SMOOTH_MORE's 100): values are multiples of 1/s, and the integers
 *     among them, T + s/2 a multiple of s, are ties that float32's rounding decides (to the
 *     integer or one below). `ties` is s: the module computes those bytes in float32.
 *
 * The sums must fit 16-bit lanes, and ⌊x / s⌋ is computed as (x · magic) >> shift, checked to be
 * exact for every x up to the largest reachable.
 */
export function exactKernel({ size, kernel, scale, offset }: KernelFilter): IntegerKernel | null {
  const s = scale;
  if (![...kernel, scale, offset].every(Number.isInteger) || s < 1) return null;
  const reach = kernel.reduce((sum, k) => sum + Math.abs(k), 0) * 255;
  const add = offset * s + Math.floor(s / 2);
  const largest = reach + Math.abs(add);
  if (largest > 32767) return null;
  const powerOfTwo = (s & (s - 1)) === 0;
  const ties = !powerOfTwo && s % 2 === 0 ? s : 0;
  if (!powerOfTwo) {
    const largestValue = reach / s + Math.abs(offset) + 0.5;
    const roundings = size * size + size * (size - 1) + size;
    const weightError = kernel.reduce((sum, k) => sum + Math.abs(f32(f32(k) / f32(s)) - k / s) * 255, 0);
    const distance = ties ? 1 / s : 1 / (2 * s);
    if (roundings * largestValue * 2 ** -24 + weightError >= distance) return null;
  }
  for (let shift = 31; shift >= 0; shift--) {
    const magic = Math.ceil(2 ** shift / s);
    if (magic > 65535) continue;
    // ⌊x · magic / 2^shift⌋ = ⌊x / s⌋ for 0 ≤ x ≤ largest when largest · (magic·s − 2^shift) < 2^shift.
    if (largest * (magic * s - 2 ** shift) >= 2 ** shift) return null;
    return { kernel: Int16Array.from(kernel), add, magic, shift, ties };
  }
  return null;
}

// ── Box blurs (BoxBlur.c) ───────────────────────────────────────────────────────────────

/** The box radius Pillow derives for a Gaussian radius (float arithmetic as in C). */
export function gaussianBoxRadius(radius: number, passes = 3): number {
  const sigma2 = f32(f32(f32(radius) * f32(radius)) / passes);
  const L = f32(Math.sqrt(12.0 * sigma2 + 1.0));
  const l = f32(Math.floor((L - 1.0) / 2.0));
  let a = f32(f32(f32(2 * l) + 1) * f32(f32(l * f32(l + 1)) - f32(3 * sigma2)));
  a = f32(a / f32(6 * f32(sigma2 - f32(f32(l + 1) * f32(l + 1)))));
  return f32(l + a);
}

/**
 * `passes` extended box blurs along every row, then `passes` along every column, rounding to 8
 * bits after each pass, as Pillow does, in WebAssembly (assembly/box-blur.ts). Pillow blurs
 * columns as rows of a transposed image; here a column pass keeps one running sum per column
 * instead, four columns at a time, which reads memory in order and needs no transposes.
 */
function boxBlur(
  src: Uint8Array,
  width: number,
  height: number,
  bands: number,
  floatRadius: number,
  passes: number,
): Uint8Array {
  const radius = Math.trunc(floatRadius);
  const ww = Math.trunc(f32(16777216 / f32(f32(floatRadius * 2) + 1)));
  const fw = Math.floor((16777216 - (radius * 2 + 1) * ww) / 2);
  return boxBlurBytes(src, width, height, bands, radius, ww, fw, passes);
}
