// "parallel/image": Pillow's Image, for the lab's image project. Images are plain pixel data
// (8-bit, interleaved), so they can be sent to workers; open() and save() go through
// "parallel/fs".
import { registerWireHandler } from '../wire/codec';
import { readFile, writeFile } from '../fs/fs';
import { applyFilter, type Filter } from './filters';
import { maxPixels } from './limits';
import { decodePng, encodePng, type Mode, type Pixels } from './png';
import { sniffKind } from './sniff';
import { say } from '../messages';
import { gradientBytes, noiseBytes } from './prng';

const bandsOf: Record<Mode, number> = { L: 1, RGB: 3, RGBA: 4 };

export class Image {
  readonly width: number;
  readonly height: number;
  readonly mode: Mode;
  /** The pixels: row by row, `bands` bytes each (R, G, B for RGB). */
  readonly data: Uint8Array;

  private constructor(pixels: Pixels) {
    this.width = pixels.width;
    this.height = pixels.height;
    this.mode = pixels.mode;
    this.data = pixels.data;
  }

  /** Wraps pixel data (row-major, interleaved) as an image, like Image.frombytes. */
  static fromArray(data: ArrayLike<number>, width: number, height: number, mode: Mode = 'RGB'): Image {
    if (!(mode in bandsOf)) throw new RangeError(say('imageMode', { mode: String(mode) }));
    if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
      throw new RangeError(say('imageSize', { width, height }));
    }
    if (width * height > maxPixels)
      throw new RangeError(say('imageTooLarge', { width, height, max: maxPixels }));
    const expected = width * height * bandsOf[mode];
    if (data.length !== expected) {
      throw new RangeError(
        say('imageByteCount', { width, height, mode, needed: expected, got: data.length }),
      );
    }
    return new Image({ width, height, mode, data: Uint8Array.from(data) });
  }

  /** Seeded RGB noise: the same image for the same seed, on every machine (mulberry32). */
  static random(width: number, height: number, seed = 1): Image {
    return new Image({ width, height, mode: 'RGB', data: noiseBytes(width, height, seed) });
  }

  /** The Pillow reference's gradient with shapes: smooth areas and hard edges. */
  static gradient(width = 160, height = 120): Image {
    return new Image({ width, height, mode: 'RGB', data: gradientBytes(width, height) });
  }

  /** Reads a PNG or JPEG from the lesson's file system. */
  static async open(path: string): Promise<Image> {
    return Image.decode(await readFile(path), path);
  }

  /** Decodes PNG (exactly) or JPEG (through the browser's decoder) bytes. */
  static async decode(bytes: Uint8Array, name = 'this file'): Promise<Image> {
    const kind = sniffKind(bytes);
    if (kind === 'png') return new Image(await decodePng(bytes));
    if (kind === 'jpeg') return new Image(await decodeWithBrowser(bytes));
    throw new TypeError(say('notAnImage', { name, kind }));
  }

  get size(): [number, number] {
    return [this.width, this.height];
  }

  /** A new image, filtered as Pillow's Image.filter does (byte for byte for RGB). */
  filter(filter: Filter): Image {
    return new Image({
      ...this.pixels(),
      data: applyFilter(this.data, this.width, this.height, bandsOf[this.mode], filter),
    });
  }

  /** Converts between RGB, RGBA and L with Pillow's formulas (L = R·299/1000 + G·587/1000 + B·114/1000). */
  convert(mode: Mode): Image {
    if (mode === this.mode) return new Image({ ...this.pixels(), data: this.data.slice() });
    const n = this.width * this.height;
    const from = bandsOf[this.mode];
    const out = new Uint8Array(n * bandsOf[mode]);
    for (let i = 0; i < n; i++) {
      const r = this.data[i * from] as number;
      const g = from === 1 ? r : (this.data[i * from + 1] as number);
      const b = from === 1 ? r : (this.data[i * from + 2] as number);
      if (mode === 'L') out[i] = (r * 19595 + g * 38470 + b * 7471 + 0x8000) >> 16;
      else {
        out.set([r, g, b], i * bandsOf[mode]);
        if (mode === 'RGBA') out[i * 4 + 3] = from === 4 ? (this.data[i * 4 + 3] as number) : 255;
      }
    }
    return new Image({ width: this.width, height: this.height, mode, data: out });
  }

  async encodePng(): Promise<Uint8Array> {
    return encodePng(this.pixels());
  }

  /** Writes the image as a PNG file into the lesson's file system (folders are created). */
  async save(path: string): Promise<void> {
    await writeFile(path, await this.encodePng());
  }

  /** @internal */
  pixels(): Pixels {
    return { width: this.width, height: this.height, mode: this.mode, data: this.data };
  }

  /** @internal */
  static fromPixels(pixels: Pixels): Image {
    return new Image(pixels);
  }
}

/**
 * JPEG through the browser, with its colour management and premultiplication turned off. (Only
 * PNG is promised to be exact: JPEG decoders may differ by a little.)
 */
async function decodeWithBrowser(bytes: Uint8Array): Promise<Pixels> {
  const bitmap = await createImageBitmap(new Blob([bytes as BlobPart]), {
    colorSpaceConversion: 'none',
    premultiplyAlpha: 'none',
  });
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error(say('jpegUnavailable'));
  context.drawImage(bitmap, 0, 0);
  const rgba = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
  const data = new Uint8Array(bitmap.width * bitmap.height * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) data.set(rgba.subarray(i, i + 3), j);
  return { width: bitmap.width, height: bitmap.height, mode: 'RGB', data };
}

registerWireHandler<Image, Pixels>({
  name: 'Image',
  canHandle: (value): value is Image => value instanceof Image,
  serialize: (image) => image.pixels(),
  deserialize: (pixels) => Image.fromPixels(pixels),
  // Its pixels would be a thousand numbers of noise in a report: its size and mode say which image.
  summarize: ({ width, height, mode }) => ({ object: 'Image', fields: { width, height, mode } }),
});
