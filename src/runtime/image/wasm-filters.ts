// Runs the filters written in AssemblyScript (assembly/*.ts, compiled by build/assemblyscript.ts)
// on interleaved 8-bit pixels.
import convolveWasm from './assembly/convolve.ts?as-wasm';
import boxBlurWasm from './assembly/box-blur.ts?as-wasm';
import { instantiate, reserve, type WasmInstance } from './wasm-instance';

interface ConvolveExports {
  convolveInteger(
    n: number,
    add: number,
    magic: number,
    shift: number,
    ties: number,
    start: number,
    src: number,
    out: number,
    width: number,
    height: number,
    bands: number,
  ): void;
  convolveRing(
    add: number,
    magic: number,
    shift: number,
    ties: number,
    start: number,
    src: number,
    out: number,
    width: number,
    height: number,
    bands: number,
    sums: number,
  ): void;
  convolve(
    n: number,
    start: number,
    src: number,
    out: number,
    width: number,
    height: number,
    bands: number,
    rows: number,
  ): void;
}
interface BoxBlurExports {
  blurRows(
    data: number,
    width: number,
    height: number,
    bands: number,
    r: number,
    ww: number,
    fw: number,
    passes: number,
    padded: number,
  ): void;
  blurColumns(
    src: number,
    out: number,
    stride: number,
    height: number,
    r: number,
    ww: number,
    fw: number,
    sums: number,
  ): void;
}

const instances = new Map<Uint8Array, WasmInstance<unknown>>();

/**
 * The module's one instance in this thread, its memory grown to at least `memoryBytes`. One per
 * thread rather than one per call: every WebAssembly.Memory reserves gigabytes of address space
 * (V8's guard regions), so a program filtering hundreds of images would make the engine collect
 * them again and again. The memory is kept for the thread's life (a pool worker's, or a run's):
 * at most what its largest image needed.
 */
function instance<T>(
  bytes: Uint8Array<ArrayBuffer>,
  memoryBytes: number,
): { exports: T; memory: Uint8Array } {
  let made = instances.get(bytes);
  if (!made) instances.set(bytes, (made = instantiate(bytes)));
  reserve(made.memory, memoryBytes);
  return { exports: made.exports as T, memory: new Uint8Array(made.memory.buffer) };
}

/**
 * The kernel's int16 form at 0, its float32 weights at 64 and the module's own copy of the
 * weights at 256 (assembly/convolve.ts), then the image.
 */
const floatWeightsAt = 64;
const imageAt = 1024;

/** A kernel as Pillow computes it: weights kernel / scale and the sums' start offset + 0.5, in float32. */
export interface FloatKernel {
  weights: Float32Array;
  start: number;
}

/**
 * Runs one of the convolutions on a copy of `src` laid out after the kernel's weights; the
 * module copies the borders, which stay as they are.
 *
 * The result is copied out into an array of its own, and on this project's VMs that copy is
 * most of the time of a cheap kernel: its pages are new to the process, and each first touch of
 * a 4 KB page costs 15-25 µs of kernel time here (plain C: a fresh 1.44 MB 6-7 ms of CPU, the
 * same bytes into touched memory 0.02 ms). On 800×600 the copy alone took 5.0-8.3 ms in the
 * bench's loop against SMOOTH's 0.7 ms of arithmetic. Pillow pays none of it: its freed images'
 * memory is reused by malloc. Reusing arrays here would need to know that the learner dropped
 * the last result, which JavaScript cannot tell within a loop (a FinalizationRegistry or WeakRef
 * hears of nothing before the loop's job ends, and the learner may still hold the memory through
 * data.buffer or a subarray), and handing out a view of this memory would let the next call
 * overwrite an image the learner still holds. The cost is each 4 KB page's first use, not the
 * zeroing: in C, 352 fresh pages took 4.4-4.8 ms of CPU, the same after MAP_POPULATE still
 * 1.6-2.0 ms of first writes, and one 2 MB transparent huge page 0.1-0.3 ms; huge pages are
 * madvise-only on these VMs, and Chromium's allocator asks for none.
 */
function convolution(
  src: Uint8Array,
  n: 3 | 5,
  { weights }: FloatKernel,
  integers: Int16Array | null,
  spareBytes: number,
  run: (exports: ConvolveExports, src: number, out: number, spare: number) => void,
): Uint8Array {
  const outAt = imageAt + src.length;
  const spareAt = outAt + src.length + 15 - ((outAt + src.length + 15) % 16);
  const { exports, memory } = instance<ConvolveExports>(convolveWasm, spareAt + spareBytes);
  new Float32Array(memory.buffer, floatWeightsAt, n * n).set(weights);
  if (integers) new Int16Array(memory.buffer, 0, n * n).set(integers);
  memory.set(src, imageAt);
  run(exports, imageAt, outAt, spareAt);
  return memory.slice(outAt, outAt + src.length);
}

/** The n×n convolution of `src` in float32, as Pillow's; the borders are copied unchanged. */
export function convolveBytes(
  src: Uint8Array,
  width: number,
  height: number,
  bands: number,
  n: 3 | 5,
  kernel: FloatKernel,
): Uint8Array {
  // The module's ring of n image rows in float32.
  const rows = n * width * bands * 4;
  return convolution(src, n, kernel, null, rows, (exports, at, out, spare) =>
    exports.convolve(n, kernel.start, at, out, width, height, bands, spare),
  );
}

/** The integer form of an exact kernel (filters.ts's exactKernel); `ties` is the scale when it has ties, else 0. */
export interface IntegerKernel {
  kernel: Int16Array;
  add: number;
  magic: number;
  shift: number;
  ties: number;
}

/**
 * The n×n convolution of `src` in integers: clamp(⌊(add + Σ kernel·p) · magic / 2^shift⌋, 0, 255)
 * for each interior byte, and the float32 form's byte where the sum is a tie; the borders are
 * copied unchanged. A 3×3 kernel with one weight on all eight neighbours takes the module's
 * box-sum form (convolveRing).
 */
export function convolveIntegerBytes(
  src: Uint8Array,
  width: number,
  height: number,
  bands: number,
  n: 3 | 5,
  { kernel, add, magic, shift, ties }: IntegerKernel,
  float: FloatKernel,
): Uint8Array {
  if (n === 3 && kernel.every((k, j) => j === 4 || k === kernel[0])) {
    // The module's row of column sums (16-bit).
    const sums = 2 * width * bands;
    return convolution(src, n, float, kernel, sums, (exports, at, out, spare) =>
      exports.convolveRing(add, magic, shift, ties, float.start, at, out, width, height, bands, spare),
    );
  }
  return convolution(src, n, float, kernel, 0, (exports, at, out) =>
    exports.convolveInteger(n, add, magic, shift, ties, float.start, at, out, width, height, bands),
  );
}

/**
 * `passes` extended box blurs along every row, then `passes` along every column, with radius
 * `r` and the weights ww (full taps) and fw (the two fractional ones) of BoxBlur.c.
 */
export function boxBlurBytes(
  src: Uint8Array,
  width: number,
  height: number,
  bands: number,
  r: number,
  ww: number,
  fw: number,
  passes: number,
): Uint8Array {
  const stride = width * bands;
  const sumsAt = 0;
  const paddedAt = sumsAt + stride * 4;
  const dataAt = paddedAt + stride + 2 * (r + 1) * bands;
  const spareAt = dataAt + src.length;
  const { exports, memory } = instance<BoxBlurExports>(boxBlurWasm, spareAt + src.length);
  memory.set(src, dataAt);
  exports.blurRows(dataAt, width, height, bands, r, ww, fw, passes, paddedAt);
  let [from, to] = [dataAt, spareAt];
  for (let pass = 0; pass < passes; pass++) {
    exports.blurColumns(from, to, stride, height, r, ww, fw, sumsAt);
    [from, to] = [to, from];
  }
  return memory.slice(from, from + src.length);
}
