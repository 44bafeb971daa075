import { expect, test } from 'vitest';
import { sniffKind } from './sniff';
import { jpegHeader, pngHeader } from './test-images';

const ascii = (text: string) => new TextEncoder().encode(text);

test('PNG and JPEG are known by their first bytes', () => {
  expect(sniffKind(pngHeader(1, 1))).toBe('png');
  expect(sniffKind(jpegHeader(1, 1))).toBe('jpeg');
  // One wrong byte in the signature is not a PNG.
  const broken = pngHeader(1, 1);
  broken[1] = 0x51;
  expect(sniffKind(broken)).not.toBe('png');
});

test('other formats are named, so the message can say what the file is', () => {
  expect(sniffKind(ascii('GIF89a\x01\x00'))).toBe('gif');
  expect(sniffKind(ascii('RIFF\x10\x00\x00\x00WEBPVP8 '))).toBe('webp');
  expect(sniffKind(ascii('RIFF\x10\x00\x00\x00WAVEfmt '))).not.toBe('webp');
  expect(sniffKind(ascii('%PDF-1.7'))).toBe('pdf');
  expect(sniffKind(new Uint8Array([0x50, 0x4b, 3, 4, 0]))).toBe('zip');
  expect(sniffKind(ascii('BM6\x00'))).toBe('bmp');
});

test('text (UTF-8, Japanese included) is text; binary and empty files are not', () => {
  expect(sniffKind(ascii('Notes about the lab\n\tline two\r\n'))).toBe('text');
  expect(sniffKind(ascii('並列処理のメモ'))).toBe('text');
  // A character cut at the end of the sample is still text.
  expect(sniffKind(ascii('並列').subarray(0, 5))).toBe('text');
  expect(sniffKind(new Uint8Array([0x00, 0x01, 0x02, 0x9f]))).toBe('unknown');
  expect(sniffKind(new Uint8Array())).toBe('empty');
});
