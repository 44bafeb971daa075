// The sample images of lesson 10, made again (with the same seeds) if they are missing: the lab
// needs create_images.py to have run first, and the file system keeps the images across
// reloads, but you may have deleted them. Quiet, so that the program prints what the lab prints.
import { Image } from 'parallel/image';
import { exists, makedirs } from 'parallel/fs';

export async function ensureSampleImages(dir = 'sample_images', count = 5): Promise<void> {
  await makedirs(dir, { existOk: true });
  for (let n = 1; n <= count; n++) {
    const file = `${dir}/sample_${n}.png`;
    if (!(await exists(file))) await Image.random(800, 600, n).save(file);
  }
}
