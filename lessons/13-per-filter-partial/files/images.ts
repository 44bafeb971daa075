// Shared by the image lessons: the sample images of lesson 10, made again if they are missing
// (the file system keeps them across reloads, but you may have deleted them).
import { Image } from 'parallel/image';
import { exists, makedirs } from 'parallel/fs';

export async function ensureSampleImages(dir = 'sample_images', count = 5): Promise<void> {
  await makedirs(dir, { existOk: true });
  for (let n = 1; n <= count; n++) {
    const file = `${dir}/sample_${n}.png`;
    if (!(await exists(file))) {
      await Image.random(800, 600, n).save(file);
      console.log(`Created missing sample image: ${file}`);
    }
  }
}
