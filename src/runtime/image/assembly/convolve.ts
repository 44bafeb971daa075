// AssemblyScript, compiled to WebAssembly by build/assemblyscript.ts: Pillow's 3×3 and 5×5
// convolutions (Filter.c) in float32, byte for byte (docs/reference/pillow-filters.md §1).
//
// Why WebAssembly: the sums must be rounded to float32 after every step, which JavaScript can only
// emulate (Math.fround after each operation, in float64); WebAssembly's f32 operations are IEEE
// single precision themselves, four lanes at a time with SIMD. On 800×600 RGB here that took
// DETAIL from 26 ms (JavaScript) to 5.5 ms; Pillow takes 17 ms.
//
// Memory, set up by the caller (image/wasm-filters.ts): the kernel's n·n float32 weights (already
// divided by the scale, in float32) at `floatWeights`, the integer kernel (int16) at 0 for the
// integer path, the source bytes at `src`; the result goes to `out`, its borders copied from
// `src`, as Pillow leaves them; the float32 path keeps converted rows at `rows`.
//
// Order of operations, as Pillow's: ss = start (offset + 0.5, in float32); for each kernel row r, bottom image row
// first (kernel row r meets image row y + h - r), the row's products are summed left to right and
// that sum is added to ss. Each byte's neighbours sit at ±bands and ±stride for every channel, so
// four consecutive bytes (whatever their channels) are four lanes of the same sums.

/** Where the float32 weights start (the int16 kernel, 50 bytes at most, sits below). */
const floatWeights: usize = 64;

/** The float32 weight of kernel row r, column q. */
function floatWeight(n: i32, r: i32, q: i32): f32 {
  return load<f32>(floatWeights + (((r * n + q) as usize) << 2));
}

/** Image row y, converted to float32 (four bytes per byte), into its slot of the ring at `rows`. */
function convertRow(src: usize, y: i32, stride: i32, n: i32, rows: usize): void {
  const from = src + ((y * stride) as usize);
  const to = rows + ((((y % n) * stride) as usize) << 2);
  let j = 0;
  for (; j + 16 <= stride; j += 16) {
    const bytes = v128.load(from + (j as usize));
    const low = i16x8.extend_low_i8x16_u(bytes);
    const high = i16x8.extend_high_i8x16_u(bytes);
    const at = to + ((j as usize) << 2);
    v128.store(at, f32x4.convert_i32x4_u(i32x4.extend_low_i16x8_u(low)));
    v128.store(at, f32x4.convert_i32x4_u(i32x4.extend_high_i16x8_u(low)), 16);
    v128.store(at, f32x4.convert_i32x4_u(i32x4.extend_low_i16x8_u(high)), 32);
    v128.store(at, f32x4.convert_i32x4_u(i32x4.extend_high_i16x8_u(high)), 48);
  }
  for (; j < stride; j++) store<f32>(to + ((j as usize) << 2), load<u8>(from + (j as usize)) as f32);
}

/** Kernel row r's sum for the four bytes whose float32 copies start at `at`, left to right. */
function rowSum4(n: i32, r: i32, at: usize, bands: i32): v128 {
  const first = at - ((((n >> 1) * bands) as usize) << 2);
  const step = (bands as usize) << 2;
  let sum = f32x4.mul(v128.load(first), f32x4.splat(floatWeight(n, r, 0)));
  for (let q = 1; q < n; q++) {
    sum = f32x4.add(
      sum,
      f32x4.mul(v128.load(first + (q as usize) * step), f32x4.splat(floatWeight(n, r, q))),
    );
  }
  return sum;
}

/** rowSum4 for one byte. */
function rowSum1(n: i32, r: i32, at: usize, bands: i32): f32 {
  const first = (at - (n >> 1) * bands) as usize;
  let sum: f32 = (load<u8>(first) as f32) * floatWeight(n, r, 0);
  for (let q = 1; q < n; q++) {
    sum += (load<u8>((first + q * bands) as usize) as f32) * floatWeight(n, r, q);
  }
  return sum;
}

/** Pillow's float32 result for the one byte at `at` (of an image `stride` bytes wide). */
function floatByte(n: i32, start: f32, at: usize, stride: i32, bands: i32): u8 {
  const h = n >> 1;
  let ss: f32 = start;
  for (let r = 0; r < n; r++) ss += rowSum1(n, r, at + (((h - r) * stride) as usize), bands);
  return ss <= 0 ? 0 : ss >= 255 ? 255 : (ss as i32 as u8);
}

/** Copies the borders Pillow leaves as they are: h rows at the top and bottom, h pixels at each side. */
function copyBorders(n: i32, src: usize, out: usize, width: i32, height: i32, bands: i32): void {
  const h = n >> 1;
  const stride = width * bands;
  const rim = (h * bands) as usize;
  const edge = (h * stride) as usize;
  const last = ((height - h) * stride) as usize;
  memory.copy(out, src, edge);
  memory.copy(out + last, src + last, edge);
  for (let y = h; y < height - h; y++) {
    const row = (y * stride) as usize;
    const right = row + (stride as usize) - rim;
    memory.copy(out + row, src + row, rim);
    memory.copy(out + right, src + right, rim);
  }
}

/**
 * Convolves the interior of a width×height image with `bands` interleaved channels. Each image
 * row is converted to float32 once, into a ring of n rows at `rows` (n · width · bands · 4
 * bytes), rather than each byte once per tap: DETAIL 4.9 -> 3.7 ms and SMOOTH_MORE (in float32)
 * 11.9 -> 7.8 ms of CPU on 800×600 (Node, median of 5 rounds).
 */
export function convolve(
  n: i32,
  start: f32,
  src: usize,
  out: usize,
  width: i32,
  height: i32,
  bands: i32,
  rows: usize,
): void {
  copyBorders(n, src, out, width, height, bands);
  const h = n >> 1;
  const stride = width * bands;
  const start4 = f32x4.splat(start);
  for (let y = 0; y < n - 1; y++) convertRow(src, y, stride, n, rows);
  for (let y = h; y < height - h; y++) {
    convertRow(src, y + h, stride, n, rows);
    const end = (y + 1) * stride - h * bands;
    let i = y * stride + h * bands;
    for (; i + 4 <= end; i += 4) {
      const x = ((i - y * stride) as usize) << 2;
      let ss = start4;
      // Kernel row r meets image row y + h - r: the bottom one first.
      for (let r = 0; r < n; r++) {
        const row = rows + (((((y + h - r) % n) * stride) as usize) << 2);
        ss = f32x4.add(ss, rowSum4(n, r, row + x, bands));
      }
      // Truncation toward zero, then saturation to 0…255: Pillow's clip of a float to a byte.
      const words = i32x4.trunc_sat_f32x4_s(ss);
      const halves = i16x8.narrow_i32x4_s(words, words);
      v128.store32_lane((out + i) as usize, i8x16.narrow_i16x8_u(halves, halves), 0);
    }
    for (; i < end; i++)
      store<u8>((out + i) as usize, floatByte(n, start, src + (i as usize), stride, bands));
  }
}

// ── Kernels whose float32 result is an exact integer formula but for ties (filters.ts decides which) ──
//
// out = clamp((add + Σ k·p) ÷ scale, 0, 255), in 16-bit lanes, 16 bytes at a time; the integer
// kernel k (row-major, int16) sits at address 0. The division rounds down and is a multiply and
// a shift, (x · magic) >> shift, exact for every x the kernel can reach (checked by the caller);
// `add` holds the offset and the rounding (offset·scale + scale/2, rounded down).
//
// With an even scale (SMOOTH_MORE's 100), a positive x that the scale divides is a tie: Pillow's
// exact value is an integer there, and float32's rounding decides whether its sum truncates to it
// or to one below. `ties` is that scale (0 when there are none), and those bytes, 1 in 100 for
// SMOOTH_MORE on noise, are computed again in float32 as Pillow does (floatByte).

/** ⌊x / scale⌋ for 8 non-negative sums, as (x · magic) >> shift. */
function quotient8(x: v128, magic: v128, shift: i32): v128 {
  return i16x8.narrow_i32x4_s(
    i32x4.shr_u(i32x4.extmul_low_i16x8_u(x, magic), shift),
    i32x4.shr_u(i32x4.extmul_high_i16x8_u(x, magic), shift),
  );
}

/** The lanes of 8 non-negative sums x (quotients q) that are ties: x > 0 and q · scale = x. */
function ties8(x: v128, q: v128, scale: v128): v128 {
  return v128.and(i16x8.eq(i16x8.mul(q, scale), x), i16x8.gt_s(x, i16x8.splat(0)));
}

/** Where a 5×5 kernel's weights are kept splatted to 8 lanes each (400 bytes). */
const splatWeights: usize = 256;

/** Σ k·p for the first 8 of 16 bytes `p`, in 16-bit lanes. */
function tapLow(sum: v128, p: v128, weight: v128): v128 {
  return i16x8.add(sum, i16x8.mul(i16x8.extend_low_i8x16_u(p), weight));
}

/** Σ k·p for the last 8 of 16 bytes `p`. */
function tapHigh(sum: v128, p: v128, weight: v128): v128 {
  return i16x8.add(sum, i16x8.mul(i16x8.extend_high_i8x16_u(p), weight));
}

/** The scalar form of the integer kernel, for the byte at `at` (after the last 16). */
function integerByte(
  n: i32,
  add: i32,
  magic: i32,
  shift: i32,
  ties: i32,
  start: f32,
  at: usize,
  stride: i32,
  bands: i32,
): u8 {
  const h = n >> 1;
  const left = at + ((h * stride - h * bands) as usize);
  let sum = add;
  for (let r = 0; r < n; r++) {
    const row = left - ((r * stride) as usize);
    for (let q = 0; q < n; q++) {
      sum +=
        (load<i16>(((r * n + q) as usize) << 1) as i32) * (load<u8>(row + ((q * bands) as usize)) as i32);
    }
  }
  if (sum <= 0) return 0;
  if (ties != 0 && sum % ties == 0) return floatByte(n, start, at, stride, bands);
  const quotient = ((sum as u32) * (magic as u32)) >> shift;
  return quotient >= 255 ? 255 : (quotient as u8);
}

/**
 * Convolves the interior with the integer kernel at address 0 (see above). 3×3 kernels, the
 * common case, are unrolled with their nine weights held in registers: that took SMOOTH from
 * 1.54 to 0.88 ms of CPU on 800×600 (a loop over taps, 3.2× the float32 path already). 5×5
 * kernels have too many weights for registers: they are splatted once into memory, and each
 * kernel row's five taps unrolled: SMOOTH_MORE 5.0 -> 3.4 ms of CPU (Node, median of 5 rounds).
 */
export function convolveInteger(
  n: i32,
  add: i32,
  magic: i32,
  shift: i32,
  ties: i32,
  start: f32,
  src: usize,
  out: usize,
  width: i32,
  height: i32,
  bands: i32,
): void {
  copyBorders(n, src, out, width, height, bands);
  const h = n >> 1;
  const stride = width * bands;
  const zero = i16x8.splat(0);
  const add8 = i16x8.splat(add as i16);
  const magic8 = i16x8.splat(magic as i16);
  const ties8Scale = i16x8.splat(ties as i16);
  const b = bands as usize;
  const up = stride as usize;
  const w0 = i16x8.splat(load<i16>(0));
  const w1 = i16x8.splat(load<i16>(2));
  const w2 = i16x8.splat(load<i16>(4));
  const w3 = i16x8.splat(load<i16>(6));
  const w4 = i16x8.splat(load<i16>(8));
  const w5 = i16x8.splat(load<i16>(10));
  const w6 = i16x8.splat(load<i16>(12));
  const w7 = i16x8.splat(load<i16>(14));
  const w8 = i16x8.splat(load<i16>(16));
  if (n == 5) {
    for (let k = 0; k < 25; k++) v128.store(splatWeights + (k << 4), i16x8.splat(load<i16>(k << 1)));
  }
  for (let y = h; y < height - h; y++) {
    const end = (y + 1) * stride - h * bands;
    let i = y * stride + h * bands;
    // Kernel row r meets image row y + h - r, its column q image column x - h + q.
    for (; i + 16 <= end; i += 16) {
      const left = src + ((i + h * stride - h * bands) as usize);
      let low = add8;
      let high = add8;
      let p: v128;
      if (n == 3) {
        p = v128.load(left);
        low = tapLow(low, p, w0);
        high = tapHigh(high, p, w0);
        p = v128.load(left + b);
        low = tapLow(low, p, w1);
        high = tapHigh(high, p, w1);
        p = v128.load(left + 2 * b);
        low = tapLow(low, p, w2);
        high = tapHigh(high, p, w2);
        p = v128.load(left - up);
        low = tapLow(low, p, w3);
        high = tapHigh(high, p, w3);
        p = v128.load(left - up + b);
        low = tapLow(low, p, w4);
        high = tapHigh(high, p, w4);
        p = v128.load(left - up + 2 * b);
        low = tapLow(low, p, w5);
        high = tapHigh(high, p, w5);
        p = v128.load(left - 2 * up);
        low = tapLow(low, p, w6);
        high = tapHigh(high, p, w6);
        p = v128.load(left - 2 * up + b);
        low = tapLow(low, p, w7);
        high = tapHigh(high, p, w7);
        p = v128.load(left - 2 * up + 2 * b);
        low = tapLow(low, p, w8);
        high = tapHigh(high, p, w8);
      } else {
        for (let r = 0; r < 5; r++) {
          const row = left - ((r * stride) as usize);
          const weights = splatWeights + ((r * 5) << 4);
          let weight = v128.load(weights);
          p = v128.load(row);
          low = tapLow(low, p, weight);
          high = tapHigh(high, p, weight);
          weight = v128.load(weights, 16);
          p = v128.load(row + b);
          low = tapLow(low, p, weight);
          high = tapHigh(high, p, weight);
          weight = v128.load(weights, 32);
          p = v128.load(row + 2 * b);
          low = tapLow(low, p, weight);
          high = tapHigh(high, p, weight);
          weight = v128.load(weights, 48);
          p = v128.load(row + 3 * b);
          low = tapLow(low, p, weight);
          high = tapHigh(high, p, weight);
          weight = v128.load(weights, 64);
          p = v128.load(row + 4 * b);
          low = tapLow(low, p, weight);
          high = tapHigh(high, p, weight);
        }
      }
      // Negative sums give 0; the narrowing saturates quotients above 255.
      low = i16x8.max_s(low, zero);
      high = i16x8.max_s(high, zero);
      const q0 = quotient8(low, magic8, shift);
      const q1 = quotient8(high, magic8, shift);
      v128.store(out + (i as usize), i8x16.narrow_i16x8_u(q0, q1));
      if (ties != 0) {
        const tied = i8x16.narrow_i16x8_s(ties8(low, q0, ties8Scale), ties8(high, q1, ties8Scale));
        if (v128.any_true(tied)) {
          for (let mask = i8x16.bitmask(tied); mask != 0; mask &= mask - 1) {
            const at = (i + ctz(mask)) as usize;
            store<u8>(out + at, floatByte(n, start, src + at, stride, bands));
          }
        }
      }
    }
    for (; i < end; i++) {
      const at = i as usize;
      store<u8>(out + at, integerByte(n, add, magic, shift, ties, start, src + at, stride, bands));
    }
  }
}

/** The sums of 16 bytes with the byte above and the byte below each, in 16-bit lanes, to `to`. */
function columnSums(from: usize, stride: usize, to: usize): void {
  const above = v128.load(from - stride);
  const middle = v128.load(from);
  const below = v128.load(from + stride);
  v128.store(
    to,
    i16x8.add(
      i16x8.add(i16x8.extend_low_i8x16_u(above), i16x8.extend_low_i8x16_u(middle)),
      i16x8.extend_low_i8x16_u(below),
    ),
  );
  v128.store(
    to,
    i16x8.add(
      i16x8.add(i16x8.extend_high_i8x16_u(above), i16x8.extend_high_i8x16_u(middle)),
      i16x8.extend_high_i8x16_u(below),
    ),
    16,
  );
}

/**
 * convolveInteger for a 3×3 kernel (at address 0) with one weight a on the eight neighbours and
 * c at the centre, as all of Pillow's 3×3 built-ins but EMBOSS and DETAIL have:
 * Σ k·p = a · (the 3×3 box's sum) + (c − a) · p. The box's sum is each column's sum of three
 * rows, kept for one image row at `sums` (16-bit, 2 · stride bytes), then three of those: 4
 * additions per byte where the nine taps took 9 multiplications and 9 additions. SMOOTH's module
 * time on 800×600 0.83 -> 0.62 ms, FIND_EDGES, SHARPEN and CONTOUR alike (Node, median of 41,
 * interleaved with the nine taps). Where the 16-bit lanes wrap on the way, the final sum is still
 * exact: it fits them (exactKernel checks). An export of its own, called by the caller: inlined
 * into convolveInteger it slowed that function's other kernels (EMBOSS 0.82 -> 1.24 ms).
 */
export function convolveRing(
  add: i32,
  magic: i32,
  shift: i32,
  ties: i32,
  start: f32,
  src: usize,
  out: usize,
  width: i32,
  height: i32,
  bands: i32,
  sums: usize,
): void {
  copyBorders(3, src, out, width, height, bands);
  const stride = width * bands;
  const up = stride as usize;
  const b = (bands as usize) << 1;
  const zero = i16x8.splat(0);
  const add8 = i16x8.splat(add as i16);
  const magic8 = i16x8.splat(magic as i16);
  const ties8Scale = i16x8.splat(ties as i16);
  const ring = i16x8.splat(load<i16>(0));
  const centre = i16x8.splat(load<i16>(8) - load<i16>(0));
  for (let y = 1; y < height - 1; y++) {
    const row = src + ((y * stride) as usize);
    let x = 0;
    for (; x + 16 <= stride; x += 16) columnSums(row + (x as usize), up, sums + ((x as usize) << 1));
    for (; x < stride; x++) {
      const at = row + (x as usize);
      store<u16>(
        sums + ((x as usize) << 1),
        (load<u8>(at - up) as u16) + (load<u8>(at) as u16) + (load<u8>(at + up) as u16),
      );
    }
    const end = (y + 1) * stride - bands;
    let i = y * stride + bands;
    for (; i + 16 <= end; i += 16) {
      const column = sums + (((i - y * stride) as usize) << 1);
      const p = v128.load(src + (i as usize));
      const boxLow = i16x8.add(i16x8.add(v128.load(column - b), v128.load(column)), v128.load(column + b));
      const boxHigh = i16x8.add(
        i16x8.add(v128.load(column - b, 16), v128.load(column, 16)),
        v128.load(column + b, 16),
      );
      let low = i16x8.add(
        i16x8.add(add8, i16x8.mul(boxLow, ring)),
        i16x8.mul(i16x8.extend_low_i8x16_u(p), centre),
      );
      let high = i16x8.add(
        i16x8.add(add8, i16x8.mul(boxHigh, ring)),
        i16x8.mul(i16x8.extend_high_i8x16_u(p), centre),
      );
      // As convolveInteger's.
      low = i16x8.max_s(low, zero);
      high = i16x8.max_s(high, zero);
      const q0 = quotient8(low, magic8, shift);
      const q1 = quotient8(high, magic8, shift);
      v128.store(out + (i as usize), i8x16.narrow_i16x8_u(q0, q1));
      if (ties != 0) {
        const tied = i8x16.narrow_i16x8_s(ties8(low, q0, ties8Scale), ties8(high, q1, ties8Scale));
        if (v128.any_true(tied)) {
          for (let mask = i8x16.bitmask(tied); mask != 0; mask &= mask - 1) {
            const at = (i + ctz(mask)) as usize;
            store<u8>(out + at, floatByte(3, start, src + at, stride, bands));
          }
        }
      }
    }
    for (; i < end; i++) {
      const at = i as usize;
      store<u8>(out + at, integerByte(3, add, magic, shift, ties, start, src + at, stride, bands));
    }
  }
}
