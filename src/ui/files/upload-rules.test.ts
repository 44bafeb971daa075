import { expect, test } from 'vitest';
import { jpegHeader, pngHeader } from '../../runtime/image/test-images';
import { checkUpload, judgeUpload, maxUploadBytes } from './upload-rules';

test('a PNG or JPEG within the limits passes, with its size', () => {
  expect(judgeUpload(1000, pngHeader(800, 600))).toEqual({
    ok: true,
    kind: 'png',
    size: { width: 800, height: 600 },
  });
  expect(judgeUpload(1000, jpegHeader(640, 480))).toEqual({
    ok: true,
    kind: 'jpeg',
    size: { width: 640, height: 480 },
  });
  // Exactly at the limit still passes.
  expect(judgeUpload(1000, pngHeader(8000, 5000))).toMatchObject({ ok: true });
});

test('too many pixels, too many bytes, not an image, or a damaged header is refused', () => {
  expect(judgeUpload(1000, pngHeader(10_000, 10_000))).toEqual({
    ok: false,
    problem: 'too-many-pixels',
    kind: 'png',
    size: { width: 10_000, height: 10_000 },
  });
  expect(judgeUpload(1000, pngHeader(8001, 5000))).toMatchObject({ problem: 'too-many-pixels' });
  expect(judgeUpload(maxUploadBytes + 1, pngHeader(8, 8))).toEqual({
    ok: false,
    problem: 'too-large',
    bytes: maxUploadBytes + 1,
  });
  expect(judgeUpload(5, new TextEncoder().encode('hello'))).toEqual({
    ok: false,
    problem: 'not-image',
    kind: 'text',
  });
  expect(judgeUpload(24, pngHeader(8, 8).subarray(0, 20))).toEqual({
    ok: false,
    problem: 'bad-header',
    kind: 'png',
  });
});

test('a JPEG with a long EXIF block is read further to find its size', async () => {
  const jpeg = jpegHeader(12_000, 9_000, { app1Length: 65_000 });
  expect(judgeUpload(jpeg.length, jpeg.subarray(0, 1000))).toBe('truncated');
  expect(await checkUpload(new Blob([jpeg as BlobPart]))).toMatchObject({
    problem: 'too-many-pixels',
    size: { width: 12_000, height: 9_000 },
  });
  // Cut off for good: a damaged header, not a hang or a pass.
  expect(await checkUpload(new Blob([jpeg.subarray(0, 65_003) as BlobPart]))).toMatchObject({
    problem: 'bad-header',
  });
});
