// For the tests: image headers (only as much of a PNG or JPEG as the header checks read), and a
// comparison of pixel data.

/**
 * Where two byte arrays first differ (-1 if nowhere): Vitest's toEqual takes seconds on arrays
 * of images' sizes, and the index says more than a diff of thousands of numbers.
 */
export function firstDifference(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  return a.findIndex((byte, i) => byte !== b[i]);
}

/** A PNG signature and IHDR chunk (CRC left zero: nothing here checks it). */
export function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes.set([8, 2, 0, 0, 0], 24);
  return bytes;
}

/** SOI, an APP1 segment of `app1Length` bytes (an EXIF block stands for it), SOF`n`, EOI. */
export function jpegHeader(width: number, height: number, o: { app1Length?: number; sof?: number } = {}) {
  const app1 = o.app1Length ?? 16;
  const bytes = new Uint8Array(2 + 2 + app1 + 2 + 17 + 2);
  const view = new DataView(bytes.buffer);
  bytes.set([0xff, 0xd8, 0xff, 0xe1]);
  view.setUint16(4, app1);
  let at = 4 + app1;
  bytes.set([0xff, o.sof ?? 0xc0], at);
  view.setUint16(at + 2, 17);
  bytes[at + 4] = 8;
  view.setUint16(at + 5, height);
  view.setUint16(at + 7, width);
  at += 2 + 17;
  bytes.set([0xff, 0xd9], at);
  return bytes;
}
