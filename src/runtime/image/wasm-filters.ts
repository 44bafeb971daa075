// Runs the filters written in AssemblyScript (assembly/*.ts, compiled by build/assemblyscript.ts)
// on interleaved 8-bit pixels. Each call gets a fresh instance with memory of just the size it
// needs, so a large image leaves nothing allocated behind it.
import convolveWasm from './assembly/convolve.ts?as-wasm';
import boxBlurWasm from './assembly/box-blur.ts?as-wasm';

interface ConvolveExports {
  convolve(
    n: number,
    start: number,
    src: number,
    out: number,
    width: number,
    height: number,
    bands: number,
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

const compiled = new Map<Uint8Array, WebAssembly.Module>();
const pageSize = 65_536;

// Compiled on first use, synchronously: the modules are small enough for that even on a page.
function instantiate<T>(
  bytes: Uint8Array<ArrayBuffer>,
  memoryBytes: number,
): { exports: T; memory: Uint8Array } {
  let module = compiled.get(bytes);
  if (!module) compiled.set(bytes, (module = new WebAssembly.Module(bytes)));
  const memory = new WebAssembly.Memory({ initial: Math.ceil(memoryBytes / pageSize) });
  const { exports } = new WebAssembly.Instance(module, {
    env: {
      memory,
      abort: () => {
        throw new Error('An image filter failed inside WebAssembly.');
      },
    },
  });
  return { exports: exports as unknown as T, memory: new Uint8Array(memory.buffer) };
}

/** Room for a 5×5 kernel's float32 weights, before the image. */
const imageAt = 128;

/**
 * The n×n convolution of `src` with `weights` (row-major float32, already divided by the
 * kernel's scale), each sum starting at `start`; the borders are copied unchanged.
 */
export function convolveBytes(
  src: Uint8Array,
  width: number,
  height: number,
  bands: number,
  n: 3 | 5,
  weights: Float32Array,
  start: number,
): Uint8Array {
  const outAt = imageAt + src.length;
  const { exports, memory } = instantiate<ConvolveExports>(convolveWasm, outAt + src.length);
  new Float32Array(memory.buffer, 0, n * n).set(weights);
  memory.set(src, imageAt);
  memory.set(src, outAt);
  exports.convolve(n, start, imageAt, outAt, width, height, bands);
  return memory.slice(outAt, outAt + src.length);
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
  const { exports, memory } = instantiate<BoxBlurExports>(boxBlurWasm, spareAt + src.length);
  memory.set(src, dataAt);
  exports.blurRows(dataAt, width, height, bands, r, ww, fw, passes, paddedAt);
  let [from, to] = [dataAt, spareAt];
  for (let pass = 0; pass < passes; pass++) {
    exports.blurColumns(from, to, stride, height, r, ww, fw, sumsAt);
    [from, to] = [to, from];
  }
  return memory.slice(from, from + src.length);
}
