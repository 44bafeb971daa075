// create_images.py, in TypeScript: five 800×600 noise images in sample_images/.
import { Image } from 'parallel/image';
import { makedirs } from 'parallel/fs';

/** Create sample images for testing */
export async function createSampleImages(numImages = 5, size: [number, number] = [800, 600]): Promise<void> {
  await makedirs('sample_images', { existOk: true });

  for (let i = 0; i < numImages; i++) {
    // Create a random image. Seeded, unlike the lab: image i is the same on every run.
    const img = Image.random(size[0], size[1], i + 1);

    // Save the image
    const filename = `sample_images/sample_${i + 1}.png`;
    await img.save(filename);
    console.log(`Created image: ${filename}`);
  }
}

// Exercise: create the five images in parallel. Add `export async function createImage(n)`
// that makes and saves sample_images/sample_${n}.png (seed n), and in the main program map it
// over [1, 2, 3, 4, 5] with a Pool instead of calling createSampleImages().

if (import.meta.main) {
  await createSampleImages();
  console.log('All sample images created successfully');
}
