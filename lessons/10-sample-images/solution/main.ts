// create_images.py, in TypeScript, with the images created in parallel by a Pool.
import { Pool } from 'parallel';
import { Image } from 'parallel/image';
import { makedirs } from 'parallel/fs';

/** Creates and saves sample_images/sample_<n>.png: 800×600 noise, seed n. */
export async function createImage(n: number): Promise<string> {
  const img = Image.random(800, 600, n);
  const filename = `sample_images/sample_${n}.png`;
  await img.save(filename);
  console.log(`Created image: ${filename}`);
  return filename;
}

if (import.meta.main) {
  await makedirs('sample_images', { existOk: true });
  await using pool = new Pool();
  await pool.map(createImage, [1, 2, 3, 4, 5]);
  console.log('All sample images created successfully');
}
