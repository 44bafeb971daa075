// AssemblyScript, compiled to WebAssembly by build/assemblyscript.ts: Pillow's extended box blur
// (BoxBlur.c), byte for byte (docs/reference/pillow-filters.md §2). Each output byte is
// (ww · Σ p[x-r…x+r] + fw · (p[x-r-1] + p[x+r+1]) + 2^23) >> 24 in unsigned 32-bit arithmetic,
// edge pixels repeated, rounded to a byte after every pass. image/box-blur.ts lays out memory.

function scaled(ww: u32, sum: u32, fw: u32, edges: u32): u8 {
  return ((ww * sum + fw * edges + 0x800000) >> 24) as u8;
}

/**
 * `passes` blurs of every row of `data`, in place. Each line is first copied into `padded` with
 * r + 1 copies of its edge pixels on both sides, so the sliding sums need no bounds checks.
 */
export function blurRows(
  data: usize,
  width: i32,
  height: i32,
  bands: i32,
  r: i32,
  ww: u32,
  fw: u32,
  passes: i32,
  padded: usize,
): void {
  const stride = width * bands;
  const pad = (r + 1) * bands;
  const ahead = (2 * r + 2) * bands;
  for (let y = 0; y < height; y++) {
    const line = data + ((y * stride) as usize);
    for (let pass = 0; pass < passes; pass++) {
      memory.copy(padded + (pad as usize), line, stride as usize);
      for (let k = 0; k < pad; k += bands) {
        for (let c = 0; c < bands; c++) {
          store<u8>(padded + ((k + c) as usize), load<u8>(line + (c as usize)));
          store<u8>(
            padded + ((pad + stride + k + c) as usize),
            load<u8>(line + ((stride - bands + c) as usize)),
          );
        }
      }
      for (let c = 0; c < bands; c++) {
        let sum: u32 = 0;
        for (let k = bands + c; k < ahead; k += bands) sum += load<u8>(padded + (k as usize));
        for (let j = c; j < stride; j += bands) {
          const enter = load<u8>(padded + ((j + ahead) as usize)) as u32;
          store<u8>(
            line + (j as usize),
            scaled(ww, sum, fw, (load<u8>(padded + (j as usize)) as u32) + enter),
          );
          sum += enter - (load<u8>(padded + ((j + bands) as usize)) as u32);
        }
      }
    }
  }
}

/** Four bytes from `at`, as 32-bit lanes. */
function words(at: usize): v128 {
  return i32x4.extend_low_i16x8_u(i16x8.extend_low_i8x16_u(v128.load32_zero(at)));
}

/**
 * One blur down every column, from `src` to `out`: one running sum per column (in `sums`, 4
 * bytes each), four columns at a time. Row y needs rows y - r - 1 … y + r + 1, edge rows repeated.
 */
export function blurColumns(
  src: usize,
  out: usize,
  stride: i32,
  height: i32,
  r: i32,
  ww: u32,
  fw: u32,
  sums: usize,
): void {
  memory.fill(sums, 0, (stride as usize) << 2);
  for (let k = -r; k <= r; k++) {
    const from = src + ((clampRow(k, height) * stride) as usize);
    for (let j = 0; j < stride; j++) {
      const at = sums + ((j as usize) << 2);
      store<u32>(at, load<u32>(at) + load<u8>(from + (j as usize)));
    }
  }
  const ww4 = i32x4.splat(ww);
  const fw4 = i32x4.splat(fw);
  const half = i32x4.splat(0x800000);
  for (let y = 0; y < height; y++) {
    const above = src + ((clampRow(y - r - 1, height) * stride) as usize);
    const below = src + ((clampRow(y + r + 1, height) * stride) as usize);
    const leaving = src + ((clampRow(y - r, height) * stride) as usize);
    const row = out + ((y * stride) as usize);
    let j = 0;
    for (; j + 4 <= stride; j += 4) {
      const at = sums + ((j as usize) << 2);
      const enter = words(below + (j as usize));
      const sum = v128.load(at);
      const edges = i32x4.add(words(above + (j as usize)), enter);
      const value = i32x4.shr_u(i32x4.add(i32x4.add(i32x4.mul(ww4, sum), i32x4.mul(fw4, edges)), half), 24);
      const halves = i16x8.narrow_i32x4_s(value, value);
      v128.store32_lane(row + (j as usize), i8x16.narrow_i16x8_u(halves, halves), 0);
      v128.store(at, i32x4.sub(i32x4.add(sum, enter), words(leaving + (j as usize))));
    }
    for (; j < stride; j++) {
      const at = sums + ((j as usize) << 2);
      const enter = load<u8>(below + (j as usize)) as u32;
      const sum = load<u32>(at);
      store<u8>(row + (j as usize), scaled(ww, sum, fw, (load<u8>(above + (j as usize)) as u32) + enter));
      store<u32>(at, sum + enter - (load<u8>(leaving + (j as usize)) as u32));
    }
  }
}

function clampRow(y: i32, height: i32): i32 {
  return y < 0 ? 0 : y >= height ? height - 1 : y;
}
