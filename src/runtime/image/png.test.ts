import { expect, test } from 'vitest';
import { Image } from './index';
import { inflate, readChunks } from './png';
import { fixture, fixtureFiles } from './pillow-fixtures';
import { firstDifference } from './test-images';

test('PNG round trips keep every byte, for RGB, RGBA and L', async () => {
  for (const [mode, bands] of [
    ['RGB', 3],
    ['RGBA', 4],
    ['L', 1],
  ] as const) {
    const noise = Image.random(37, 23, 5).data;
    const data = Uint8Array.from({ length: 37 * 23 * bands }, (_, i) => noise[i % noise.length] as number);
    const image = Image.fromArray(data, 37, 23, mode);
    const back = await Image.decode(await image.encodePng());
    expect([back.width, back.height, back.mode]).toEqual([37, 23, mode]);
    expect([...back.data]).toEqual([...data]);
  }
});

test('round trips keep every byte at sizes around the 16-byte steps of the row filters', async () => {
  for (const [width, height] of [
    [1, 1],
    [2, 3],
    [5, 1],
    [6, 4],
    [17, 2],
    [33, 5],
  ] as const) {
    for (const mode of ['RGB', 'RGBA', 'L'] as const) {
      const image = Image.random(width * 4, height, width + height).convert(mode);
      const back = await Image.decode(await image.encodePng());
      expect([...back.data]).toEqual([...image.data]);
    }
  }
});

test("each row gets Pillow's filter: the uncompressed stream is Pillow's, byte for byte", async () => {
  const rows = async (png: Uint8Array) => inflate(readChunks(png).idat);
  for (const file of fixtureFiles) {
    const pillow = await fixture(file);
    const ours = await (await Image.decode(pillow)).encodePng();
    expect(firstDifference(await rows(ours), await rows(pillow)), file).toBe(-1);
  }
  // A writer that filtered every row with Sub (the one before) would differ.
  const pillow = await rows(await fixture('outputs/gradient_160x120__blur.png'));
  const filters = new Set(Array.from({ length: 120 }, (_, y) => pillow[y * (160 * 3 + 1)]));
  expect(filters.size).toBeGreaterThan(1);
});

test('a file that is not an image gets a message that says what it looks like', async () => {
  await expect(Image.decode(new TextEncoder().encode('%PDF-1.7 hello'), 'report.pdf')).rejects.toThrow(
    'report.pdf is not a PNG or JPEG image (it looks like PDF).',
  );
  await expect(Image.decode(new Uint8Array(0), 'empty.png')).rejects.toThrow(/an empty file/);
});

test('the browser decoder reads JPEG', async () => {
  const canvas = new OffscreenCanvas(8, 4);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  context.fillStyle = 'rgb(200, 100, 50)';
  context.fillRect(0, 0, 8, 4);
  const jpeg = new Uint8Array(
    await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 1 })).arrayBuffer(),
  );
  const image = await Image.decode(jpeg);
  expect([image.width, image.height, image.mode]).toEqual([8, 4, 'RGB']);
  expect(Math.abs((image.data[0] as number) - 200)).toBeLessThan(4);
});

test("convert uses Pillow's formulas", () => {
  const image = Image.fromArray([255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30], 4, 1);
  expect([...image.convert('L').data]).toEqual([76, 150, 29, 18]);
  expect([...image.convert('RGBA').data.slice(0, 4)]).toEqual([255, 0, 0, 255]);
  expect(() => Image.fromArray([1, 2], 1, 1)).toThrow(/needs 3 bytes, got 2/);
});
