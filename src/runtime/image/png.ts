// PNG decode and encode for 8-bit images, over the platform's zlib (CompressionStream and
// DecompressionStream). Written here rather than taken from a package because the browser
// already has the compression, and the rest (chunks, CRC, row filters) is a page of code that
// must never touch a colour: no colour management, no premultiplication, bytes in = bytes out.
import { say } from '../messages';
import { pngSignature as signature, sniffKind } from './sniff';

export type Mode = 'RGB' | 'RGBA' | 'L';

export interface Pixels {
  width: number;
  height: number;
  mode: Mode;
  data: Uint8Array;
}

const crcTable = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

async function pipeThrough(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

export async function decodePng(bytes: Uint8Array): Promise<Pixels> {
  const kind = sniffKind(bytes);
  if (kind !== 'png') throw new TypeError(say('notAPng', { kind }));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let header: { width: number; height: number; depth: number; colorType: number; interlace: number } | null =
    null;
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
  const { width, height, depth, colorType, interlace } = header;
  if (interlace) throw new TypeError(say('pngInterlaced'));
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[colorType];
  if (channels === undefined || ![1, 2, 4, 8, 16].includes(depth)) {
    throw new TypeError(say('pngUnknownFormat', { colorType, depth }));
  }
  const joined = new Uint8Array(idat.reduce((n, part) => n + part.length, 0));
  idat.reduce((at, part) => (joined.set(part, at), at + part.length), 0);
  const raw = await pipeThrough(joined, new DecompressionStream('deflate'));
  const rowBytes = Math.ceil((width * channels * depth) / 8);
  const bpp = Math.max(1, Math.ceil((channels * depth) / 8));
  const rows = unfilter(raw, rowBytes, height, bpp);
  return toPixels(rows, { width, height, depth, colorType, channels, rowBytes, palette, transparency });
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

function chunk(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, body.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(body, 8);
  view.setUint32(8 + body.length, crc32(out.subarray(4, 8 + body.length)));
  return out;
}

/** An 8-bit PNG of the pixels; each row uses the Sub filter, cheap and good on photos. */
export async function encodePng({ width, height, mode, data }: Pixels): Promise<Uint8Array> {
  const bands = mode === 'L' ? 1 : mode === 'RGB' ? 3 : 4;
  const rowBytes = width * bands;
  const filtered = new Uint8Array((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    const at = y * (rowBytes + 1);
    filtered[at] = 1;
    const row = y * rowBytes;
    for (let x = 0; x < rowBytes; x++) {
      filtered[at + 1 + x] =
        ((data[row + x] as number) - (x >= bands ? (data[row + x - bands] as number) : 0)) & 0xff;
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header[8] = 8;
  header[9] = mode === 'L' ? 0 : mode === 'RGB' ? 2 : 6;
  const parts = [
    new Uint8Array(signature),
    chunk('IHDR', header),
    chunk('IDAT', await pipeThrough(filtered, new CompressionStream('deflate'))),
    chunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}
