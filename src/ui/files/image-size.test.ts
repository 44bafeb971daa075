import { expect, test } from 'vitest';
import { jpegSize, pngSize } from './image-size';
import { jpegHeader, pngHeader } from '../../runtime/image/test-images';

test('a PNG header gives its width and height', () => {
  expect(pngSize(pngHeader(800, 600))).toEqual({ width: 800, height: 600 });
  expect(pngSize(pngHeader(10_000, 10_000))).toEqual({ width: 10_000, height: 10_000 });
});

test('a PNG without IHDR first, cut short or 0 wide has no size', () => {
  const renamed = pngHeader(800, 600);
  renamed[12] = 0x58;
  expect(pngSize(renamed)).toBeNull();
  expect(pngSize(pngHeader(800, 600).subarray(0, 20))).toBeNull();
  expect(pngSize(pngHeader(0, 600))).toBeNull();
});

test('a JPEG gives the size of its first frame header, after other segments', () => {
  expect(jpegSize(jpegHeader(640, 480))).toEqual({ width: 640, height: 480 });
  expect(jpegSize(jpegHeader(640, 480, { app1Length: 60_000 }))).toEqual({ width: 640, height: 480 });
  // Progressive (SOF2) too; DHT (C4) is not a frame header.
  expect(jpegSize(jpegHeader(3000, 2000, { sof: 0xc2 }))).toEqual({ width: 3000, height: 2000 });
  expect(jpegSize(jpegHeader(3000, 2000, { sof: 0xc4 }))).toBeNull();
});

test('a JPEG cut before its frame header asks for more bytes', () => {
  const whole = jpegHeader(640, 480, { app1Length: 60_000 });
  expect(jpegSize(whole.subarray(0, 1000))).toBe('truncated');
  expect(jpegSize(new Uint8Array([0x89, 0x50]))).toBeNull();
});
