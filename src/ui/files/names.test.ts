import { expect, test } from 'vitest';
import { keepBothName, safeFileName } from './names';

test('Keep both adds -1, or the first free number', () => {
  expect(keepBothName('photo.png', new Set(['photo.png']))).toBe('photo-1.png');
  expect(keepBothName('photo.png', new Set(['photo.png', 'photo-1.png', 'photo-2.png']))).toBe('photo-3.png');
  expect(keepBothName('a.b.jpg', new Set(['a.b.jpg']))).toBe('a.b-1.jpg');
  expect(keepBothName('README', new Set(['README']))).toBe('README-1');
  expect(keepBothName('.hidden', new Set(['.hidden']))).toBe('.hidden-1');
});

test('an uploaded name never leaves sample_images/', () => {
  expect(safeFileName('photo.png')).toBe('photo.png');
  expect(safeFileName('../../etc/photo.png')).toBe('photo.png');
  expect(safeFileName('C:\\Users\\me\\photo.png')).toBe('photo.png');
  expect(safeFileName('..')).toBe('upload');
  expect(safeFileName('')).toBe('upload');
});
