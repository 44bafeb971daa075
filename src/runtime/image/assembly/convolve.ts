// AssemblyScript, compiled to WebAssembly by build/assemblyscript.ts: Pillow's 3×3 and 5×5
// convolutions (Filter.c) in float32, byte for byte (docs/reference/pillow-filters.md §1).
//
// Why WebAssembly: the sums must be rounded to float32 after every step, which JavaScript can only
// emulate (Math.fround after each operation, in float64); WebAssembly's f32 operations are IEEE
// single precision themselves, four lanes at a time with SIMD. On 800×600 RGB here that took
// DETAIL from 26 ms (JavaScript) to 5.5 ms; Pillow takes 17 ms.
//
// Memory, set up by the caller (image/convolve.ts): the kernel's n·n float32 weights (already
// divided by the scale, in float32) at address 0, the source bytes at `src`, and at `out` a copy
// of them: borders stay as they are, as Pillow leaves them.
//
// Order of operations, as Pillow's: ss = start (offset + 0.5, in float32); for each kernel row r, bottom image row
// first (kernel row r meets image row y + h - r), the row's products are summed left to right and
// that sum is added to ss. Each byte's neighbours sit at ±bands and ±stride for every channel, so
// four consecutive bytes (whatever their channels) are four lanes of the same sums.

/** Four bytes from `at`, as float32 lanes. */
function pixels(at: usize): v128 {
  return f32x4.convert_i32x4_u(i32x4.extend_low_i16x8_u(i16x8.extend_low_i8x16_u(v128.load32_zero(at))));
}

/** The weight of kernel row r, column q, as four lanes. */
function weight(n: i32, r: i32, q: i32): v128 {
  return f32x4.splat(load<f32>(((r * n + q) as usize) << 2));
}

/** Kernel row r's sum for the four bytes at `at`, left to right. */
function rowSum4(n: i32, r: i32, at: usize, bands: i32): v128 {
  const first = (at - (n >> 1) * bands) as usize;
  let sum = f32x4.mul(pixels(first), weight(n, r, 0));
  for (let q = 1; q < n; q++) {
    sum = f32x4.add(sum, f32x4.mul(pixels((first + q * bands) as usize), weight(n, r, q)));
  }
  return sum;
}

/** rowSum4 for one byte. */
function rowSum1(n: i32, r: i32, at: usize, bands: i32): f32 {
  const first = (at - (n >> 1) * bands) as usize;
  let sum: f32 = (load<u8>(first) as f32) * load<f32>(((r * n) as usize) << 2);
  for (let q = 1; q < n; q++) {
    sum += (load<u8>((first + q * bands) as usize) as f32) * load<f32>(((r * n + q) as usize) << 2);
  }
  return sum;
}

/** Convolves the interior of a width×height image with `bands` interleaved channels. */
export function convolve(
  n: i32,
  start: f32,
  src: usize,
  out: usize,
  width: i32,
  height: i32,
  bands: i32,
): void {
  const h = n >> 1;
  const stride = width * bands;
  const start4 = f32x4.splat(start);
  for (let y = h; y < height - h; y++) {
    const end = (y + 1) * stride - h * bands;
    let i = y * stride + h * bands;
    // Rows of the image, from the one the kernel's first row meets (y + h) upwards.
    const bottom = (src + (y + h) * stride) as usize;
    for (; i + 4 <= end; i += 4) {
      const x = (i - y * stride) as usize;
      let ss = start4;
      for (let r = 0; r < n; r++)
        ss = f32x4.add(ss, rowSum4(n, r, ((bottom - r * stride) as usize) + x, bands));
      // Truncation toward zero, then saturation to 0…255: Pillow's clip of a float to a byte.
      const words = i32x4.trunc_sat_f32x4_s(ss);
      const halves = i16x8.narrow_i32x4_s(words, words);
      v128.store32_lane((out + i) as usize, i8x16.narrow_i16x8_u(halves, halves), 0);
    }
    for (; i < end; i++) {
      const x = (i - y * stride) as usize;
      let ss: f32 = start;
      for (let r = 0; r < n; r++) ss += rowSum1(n, r, ((bottom - r * stride) as usize) + x, bands);
      store<u8>((out + i) as usize, ss <= 0 ? 0 : ss >= 255 ? 255 : (ss as i32 as u8));
    }
  }
}
