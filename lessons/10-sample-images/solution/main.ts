// create_images.py, in TypeScript, with the five images made in parallel by a Pool.
import { Pool } from 'parallel';
import { Image } from 'parallel/image';
import { makedirs } from 'parallel/fs';

// The lab's create_sample_image(filename, width=800, height=600), with a seed: the noise of
// image N comes from seed N, so it is the same on every run and every machine.
export async function createSampleImage(
  filename: string,
  seed: number,
  width = 800,
  height = 600,
): Promise<void> {
  const img = Image.random(width, height, seed);
  await img.save(filename); // PNG, from the extension
  console.log(`Created image: ${filename}`);
}

if (import.meta.main) {
  // The folder first, in the main process: the workers save into it.
  await makedirs('sample_images', { existOk: true });

  // One [filename, seed] pair per image; starmap spreads each pair into the two parameters.
  const images = [1, 2, 3, 4, 5].map((n): [string, number] => [`sample_images/sample_${n}.png`, n]);
  {
    await using pool = new Pool();
    await pool.starmap(createSampleImage, images);
  }

  console.log('All sample images created successfully');
}
