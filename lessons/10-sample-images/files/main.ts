// create_images.py, in TypeScript: five 800×600 noise images in sample_images/.
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
  await makedirs('sample_images', { existOk: true });

  // Five images, numbered from 1, at the default size
  // Exercise: the images do not depend on each other, so make them in parallel. Replace this
  // loop with a Pool and starmap: one [filename, seed] pair per image, e.g.
  // ['sample_images/sample_1.png', 1]. Print the last line after the starmap.
  for (let i = 0; i < 5; i++) {
    await createSampleImage(`sample_images/sample_${i + 1}.png`, i + 1);
  }

  console.log('All sample images created successfully');
}
