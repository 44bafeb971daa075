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
      suffix: 'blurred',
    },
    {
      processed: 'processed_images/sample_2_edges.png',
      original: 'sample_images/sample_2.png',
      suffix: 'edges',
    },
    {
      processed: 'advanced_processed/sample_1_GaussianBlur.png',
      original: 'sample_images/sample_1.png',
      suffix: 'GaussianBlur',
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
  expect(pairs.map((p) => [p.processed, p.original, p.suffix])).toEqual([
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
