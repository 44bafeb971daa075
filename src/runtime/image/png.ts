// PNG decode and encode for 8-bit images, over the platform's zlib (CompressionStream and
// DecompressionStream). Written here rather than taken from a package because the browser
// already has the compression, and the rest (chunks, CRC, row filters) is a page of code that
// must never touch a colour: no colour management, no premultiplication, bytes in = bytes out.
import pngRowsWasm from './assembly/png-rows.ts?as-wasm';
import { say } from '../messages';
import { pngSignature as signature, sniffKind } from './sniff';
import { instantiate, reserve, type WasmInstance } from './wasm-instance';

export type Mode = 'RGB' | 'RGBA' | 'L';

export interface Pixels {
  width: number;
  height: number;
  mode: Mode;
  data: Uint8Array;
}

/**
 * Runs `bytes` through a compression or decompression stream, written straight to the stream:
 * not through a Blob, whose bytes Chromium sends to the browser process and reads back. That
 * round trip cost the browser's one IO thread about 29 ms of CPU per 800×600 image (and the
 * page's thread pool 16 ms more), work that a second pool worker could not take over: it made
 * a one-worker run lean on the second core already. Resolves with the output's chunks.
 */
async function streamThrough(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array[]> {
  const writer = stream.writable.getWriter();
  const written = writer.write(bytes as Uint8Array<ArrayBuffer>).then(() => writer.close());
  // A broken input fails the reader too, with the same error: that one is thrown.
  written.catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  for (let part = await reader.read(); !part.done; part = await reader.read()) chunks.push(part.value);
  await written;
  return chunks;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, chunk) => n + chunk.length, 0));
  chunks.reduce((at, chunk) => (out.set(chunk, at), at + chunk.length), 0);
  return out;
}

interface PngHeader {
  width: number;
  height: number;
  depth: number;
  colorType: number;
  interlace: number;
}

/** A PNG's chunks that decoding needs: the header, palette, transparency and joined IDAT data. */
export function readChunks(bytes: Uint8Array): {
  header: PngHeader;
  palette: Uint8Array | null;
  transparency: Uint8Array | null;
  idat: Uint8Array;
} {
  const kind = sniffKind(bytes);
  if (kind !== 'png') throw new TypeError(say('notAPng', { kind }));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let header: PngHeader | null = null;
  let palette: Uint8Array | null = null;
  let transparency: Uint8Array | null = null;
  const idat: Uint8Array[] = [];
  while (offset + 8 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      header = {
        width: view.getUint32(offset + 8),
        height: view.getUint32(offset + 12),
        depth: body[8] as number,
        colorType: body[9] as number,
        interlace: body[12] as number,
      };
    } else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  if (!header || idat.length === 0) throw new TypeError(say('pngNoData'));
  return { header, palette, transparency, idat: concat(idat) };
}

/** The zlib stream's bytes, uncompressed. */
export async function inflate(zlibBytes: Uint8Array): Promise<Uint8Array> {
  return concat(await streamThrough(zlibBytes, new DecompressionStream('deflate')));
}

/**
 * A zlib step for a caller that cannot wait for the platform's streams: a Python process,
 * which is synchronous, brings CPython's zlib (the same zlib, in WebAssembly).
 */
export type SyncZlibStep = (input: Uint8Array) => Uint8Array;

/** A PNG's chunks checked, and what turns its inflated IDAT into pixels. */
function parsePng(bytes: Uint8Array): { idat: Uint8Array; pixels(raw: Uint8Array): Pixels } {
  const { header, palette, transparency, idat } = readChunks(bytes);
  const { width, height, depth, colorType, interlace } = header;
  if (interlace) throw new TypeError(say('pngInterlaced'));
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[colorType];
  if (channels === undefined || ![1, 2, 4, 8, 16].includes(depth)) {
    throw new TypeError(say('pngUnknownFormat', { colorType, depth }));
  }
  const rowBytes = Math.ceil((width * channels * depth) / 8);
  const bpp = Math.max(1, Math.ceil((channels * depth) / 8));
  return {
    idat,
    pixels: (raw) =>
      toPixels(unfilter(raw, rowBytes, height, bpp), {
        width,
        height,
        depth,
        colorType,
        channels,
        rowBytes,
        palette,
        transparency,
      }),
  };
}

export async function decodePng(bytes: Uint8Array): Promise<Pixels> {
  const png = parsePng(bytes);
  return png.pixels(await inflate(png.idat));
}

export function decodePngSync(bytes: Uint8Array, inflate: SyncZlibStep): Pixels {
  const png = parsePng(bytes);
  return png.pixels(inflate(png.idat));
}

function unfilter(raw: Uint8Array, rowBytes: number, height: number, bpp: number): Uint8Array {
  const out = new Uint8Array(rowBytes * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (rowBytes + 1)];
    const line = raw.subarray(y * (rowBytes + 1) + 1, (y + 1) * (rowBytes + 1));
    const at = y * rowBytes;
    for (let x = 0; x < rowBytes; x++) {
      const a = x >= bpp ? (out[at + x - bpp] as number) : 0;
      const b = y > 0 ? (out[at - rowBytes + x] as number) : 0;
      const c = x >= bpp && y > 0 ? (out[at - rowBytes + x - bpp] as number) : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else if (filter !== 0) throw new TypeError(say('pngRowFilter', { filter: String(filter) }));
      out[at + x] = ((line[x] as number) + predictor) & 0xff;
    }
  }
  return out;
}

function toPixels(
  rows: Uint8Array,
  f: {
    width: number;
    height: number;
    depth: number;
    colorType: number;
    channels: number;
    rowBytes: number;
    palette: Uint8Array | null;
    transparency: Uint8Array | null;
  },
): Pixels {
  const { width, height, depth, colorType, channels, rowBytes, palette, transparency } = f;
  // One 8-bit sample per channel: 16-bit keeps its high byte, 1/2/4-bit samples are unpacked
  // (and scaled to 0..255 for greyscale), as Pillow reads them.
  const sample = (y: number, i: number): number => {
    if (depth === 8) return rows[y * rowBytes + i] as number;
    if (depth === 16) return rows[y * rowBytes + i * 2] as number;
    const perByte = 8 / depth;
    const byte = rows[y * rowBytes + Math.floor(i / perByte)] as number;
    const value = (byte >> (8 - depth * ((i % perByte) + 1))) & ((1 << depth) - 1);
    return colorType === 3 ? value : Math.round((value * 255) / ((1 << depth) - 1));
  };
  const hasAlpha = colorType === 4 || colorType === 6 || (colorType === 3 && transparency !== null);
  const mode: Mode = colorType === 0 ? 'L' : hasAlpha ? 'RGBA' : 'RGB';
  const bands = mode === 'L' ? 1 : mode === 'RGB' ? 3 : 4;
  const data = new Uint8Array(width * height * bands);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * bands;
      if (colorType === 3) {
        const index = sample(y, x);
        if (!palette || index * 3 + 2 >= palette.length) throw new TypeError(say('pngPaletteIndex'));
        data.set(palette.subarray(index * 3, index * 3 + 3), o);
        if (bands === 4) data[o + 3] = transparency?.[index] ?? 255;
      } else if (colorType === 4) {
        const grey = sample(y, x * 2);
        data.set([grey, grey, grey, sample(y, x * 2 + 1)], o);
      } else {
        for (let c = 0; c < channels; c++) data[o + c] = sample(y, x * channels + c);
      }
    }
  }
  return { width, height, mode, data };
}

interface PngRowsExports {
  filterRows(src: number, stride: number, height: number, bpp: number, zeros: number, out: number): void;
  crcTables(tables: number): void;
  crc32(tables: number, at: number, length: number): number;
}

/** The CRC tables' place in an encoder's memory, before everything else. */
const tablesAt = 0;
const tablesBytes = 4 * 256 * 4;

/**
 * An encoder: an instance of assembly/png-rows.ts whose memory holds the pixels, their filtered
 * rows and then the PNG. The thread keeps one between images, so its memory is grown once, to
 * its largest image, instead of each image asking for 3 fresh buffers of its size (an 800×600
 * image filled ~1 500 fresh pages each time, and the engine's collector freed them again on the
 * page's thread pool). A second encode that starts while one waits for the compressor gets an
 * encoder of its own.
 */
let idleEncoder: WasmInstance<PngRowsExports> | null = null;

function takeEncoder(): WasmInstance<PngRowsExports> {
  const encoder = idleEncoder;
  idleEncoder = null;
  if (encoder) return encoder;
  const made = instantiate<PngRowsExports>(pngRowsWasm);
  reserve(made.memory, tablesAt + tablesBytes);
  made.exports.crcTables(tablesAt);
  return made;
}

const align = (n: number) => Math.ceil(n / 16) * 16;

/**
 * An 8-bit PNG of the pixels. Each row gets the filter Pillow picks (assembly/png-rows.ts), so
 * the uncompressed stream is Pillow's byte for byte, and zlib compresses it at level 6, as
 * Pillow's save() does. Pillow also asks zlib for its Z_FILTERED strategy and more memory,
 * which CompressionStream does not offer: on the lab's 800×600 noise outputs the files come out
 * 0.3–10 % larger than Pillow's (4 % in all), and 15 % smaller than with Sub on every row.
 *
 * Why CompressionStream rather than a deflate in WebAssembly: it is the platform's zlib, and it
 * runs in this thread. zlib's own work is 91 % of an encode (118 of 129 ms of CPU per image,
 * measured under load); Node's build of the same zlib took 111 ms per image where a Rust
 * deflate in WebAssembly (miniz_oxide) took 148 ms and fflate 211 ms, at level 6 on the same
 * rows. Only a Blob in front of it cost a second thread (see streamThrough).
 */
export async function encodePng(pixels: Pixels): Promise<Uint8Array> {
  const png = filterRows(pixels);
  return png.finish(await streamThrough(png.rows, new CompressionStream('deflate')));
}

/** encodePng with the caller's zlib (Pillow's own settings, where the caller can give them). */
export function encodePngSync(pixels: Pixels, deflate: SyncZlibStep): Uint8Array {
  const png = filterRows(pixels);
  return png.finish([deflate(png.rows)]);
}

/** The rows Pillow would compress, and what lays out the PNG around their compressed bytes. */
function filterRows({ width, height, mode, data }: Pixels): {
  rows: Uint8Array;
  finish(idat: Uint8Array[]): Uint8Array;
} {
  const bands = mode === 'L' ? 1 : mode === 'RGB' ? 3 : 4;
  const stride = width * bands;
  const rowsLength = (stride + 1) * height;
  const zerosAt = tablesAt + tablesBytes;
  const pixelsAt = align(zerosAt + stride);
  const rowsAt = align(pixelsAt + data.length);
  const encoder = takeEncoder();
  const { exports, memory } = encoder;
  reserve(memory, rowsAt + rowsLength);
  let heap = new Uint8Array(memory.buffer);
  heap.fill(0, zerosAt, zerosAt + stride);
  heap.set(data, pixelsAt);
  exports.filterRows(pixelsAt, stride, height, bands, zerosAt, rowsAt);
  const finish = (idat: Uint8Array[]) => {
    // The PNG, laid out where the pixels were: signature, IHDR (25 bytes), IDAT, IEND (12).
    const compressed = idat.reduce((n, chunk) => n + chunk.length, 0);
    const total = 8 + 25 + 12 + compressed + 12;
    const pngAt = pixelsAt;
    reserve(memory, pngAt + total);
    heap = new Uint8Array(memory.buffer);
    const view = new DataView(memory.buffer);
    heap.set(signature, pngAt);
    const chunk = (at: number, type: string, length: number) => {
      view.setUint32(at, length);
      for (let i = 0; i < 4; i++) heap[at + 4 + i] = type.charCodeAt(i);
      return at + 8;
    };
    const ihdr = chunk(pngAt + 8, 'IHDR', 13);
    view.setUint32(ihdr, width);
    view.setUint32(ihdr + 4, height);
    heap.set([8, mode === 'L' ? 0 : mode === 'RGB' ? 2 : 6, 0, 0, 0], ihdr + 8);
    view.setUint32(ihdr + 13, exports.crc32(tablesAt, ihdr - 4, 17) >>> 0);
    const body = chunk(ihdr + 17, 'IDAT', compressed);
    idat.reduce((at, part) => (heap.set(part, at), at + part.length), body);
    view.setUint32(body + compressed, exports.crc32(tablesAt, body - 4, compressed + 4) >>> 0);
    const iend = chunk(body + compressed + 4, 'IEND', 0);
    view.setUint32(iend, exports.crc32(tablesAt, iend - 4, 4) >>> 0);
    const png = heap.slice(pngAt, pngAt + total);
    idleEncoder = encoder;
    return png;
  };
  return { rows: heap.subarray(rowsAt, rowsAt + rowsLength), finish };
}
