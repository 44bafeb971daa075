import { expect, test } from 'vitest';
import { galleryPairs } from './gallery-pairs';

test('processed images pair with the original whose name they start with', () => {
  const pairs = galleryPairs([
    'processed_images/sample_1_blurred.png',
    'processed_images/sample_2_edges.png',
    'advanced_processed/sample_1_GaussianBlur.png',
    'sample_images/sample_1.png',
    'sample_images/sample_2.png',
  ]);
  expect(pairs).toEqual([
    {
      processed: 'processed_images/sample_1_blurred.png',
      original: 'sample_images/sample_1.png',
      label: 'blurred',
    },
    {
      processed: 'processed_images/sample_2_edges.png',
      original: 'sample_images/sample_2.png',
      label: 'edges',
    },
    {
      processed: 'advanced_processed/sample_1_GaussianBlur.png',
      original: 'sample_images/sample_1.png',
      label: 'GaussianBlur',
    },
  ]);
});

test('the longest matching stem wins', () => {
  const pairs = galleryPairs([
    'sample_images/cat.png',
    'sample_images/cat_2.png',
    'out/cat_2_edges.png',
    'out/cat_edges.png',
  ]);
  expect(pairs.map((p) => [p.processed, p.original, p.label])).toEqual([
    ['out/cat_2_edges.png', 'sample_images/cat_2.png', 'edges'],
    ['out/cat_edges.png', 'sample_images/cat.png', 'edges'],
  ]);
});

test('same extension first; no original, no underscore, non-images and sample_images/ itself do not pair', () => {
  const pairs = galleryPairs([
    'sample_images/dog.jpg',
    'sample_images/dog.png',
    'sample_images/dog_blurred.png',
    'sample_images/sub/dog_x.png',
    'out/dog_blurred.png',
    'out/dog_notes.txt',
    'out/bird_blurred.png',
    'out/dog.png',
    'dog_top.jpg',
  ]);
  expect(pairs.map((p) => [p.processed, p.original])).toEqual([
    ['out/dog_blurred.png', 'sample_images/dog.png'],
    ['dog_top.jpg', 'sample_images/dog.jpg'],
  ]);
});

test("the lab's names, with the filter before the original's name, pair too", () => {
  const pairs = galleryPairs([
    'processed_sequential/blur_sample_1.png',
    'processed_advanced/sharpen_sample_3.png',
    'processed_parallel/edges_sample_1_2.png',
    'processed_parallel/edges_photo.png',
    'sample_images/sample_1.png',
    'sample_images/sample_1_2.png',
    'sample_images/sample_3.png',
  ]);
  expect(pairs.map((p) => [p.processed, p.original, p.label])).toEqual([
    ['processed_sequential/blur_sample_1.png', 'sample_images/sample_1.png', 'blur'],
    ['processed_advanced/sharpen_sample_3.png', 'sample_images/sample_3.png', 'sharpen'],
    ['processed_parallel/edges_sample_1_2.png', 'sample_images/sample_1_2.png', 'edges'],
  ]);
});
