// sequential_image_processing.py, in TypeScript (lesson 11): four filters on every image, one
// image after the other, in one process. Run by main.ts as a program of its own.
import { time } from 'parallel';
import { Image, ImageFilter } from 'parallel/image';
import { listdir, makedirs, path } from 'parallel/fs';
import { ensureSampleImages } from './images.ts';

export async function applyFilters(imagePath: string, outputDir: string): Promise<[string, number]> {
  const imageName = path.basename(imagePath);
  console.log(`Processing image: ${imageName}`);

  const img = await Image.open(imagePath);
  const startTime = time();

  // Four filters, each applied to the original image and saved at once
  const blurred = img.filter(ImageFilter.GaussianBlur(5));
  await blurred.save(path.join(outputDir, `blur_${imageName}`));

  const edges = img.filter(ImageFilter.FIND_EDGES);
  await edges.save(path.join(outputDir, `edges_${imageName}`));

  const embossed = img.filter(ImageFilter.EMBOSS);
  await embossed.save(path.join(outputDir, `emboss_${imageName}`));

  const sharpened = img.filter(ImageFilter.SHARPEN);
  await sharpened.save(path.join(outputDir, `sharpen_${imageName}`));

  const processingTime = time() - startTime;
  console.log(`Completed processing ${imageName} in ${processingTime.toFixed(2)} seconds`);
  return [imageName, processingTime];
}

export async function processImagesSequentially(
  imageDir: string,
  outputDir: string,
): Promise<[string, number][]> {
  await makedirs(outputDir, { existOk: true });

  // In listdir's order: not sorted
  const imageFiles = (await listdir(imageDir))
    .filter((f) => ['.png', '.jpg', '.jpeg'].some((ext) => f.endsWith(ext)))
    .map((f) => path.join(imageDir, f));
  console.log(`Found ${imageFiles.length} images to process`);

  const startTime = time();
  const results: [string, number][] = [];
  for (const imagePath of imageFiles) {
    results.push(await applyFilters(imagePath, outputDir));
  }
  const totalTime = time() - startTime;

  console.log('\nSequential processing completed');
  console.log(`Total processing time: ${totalTime.toFixed(2)} seconds`);
  return results;
}

if (import.meta.main) {
  await ensureSampleImages();
  const imageDir = 'sample_images';
  const outputDir = 'processed_sequential';

  const results = await processImagesSequentially(imageDir, outputDir);

  console.log('\nProcessing summary:');
  for (const [imageName, procTime] of results) {
    console.log(`  ${imageName}: ${procTime.toFixed(2)} seconds`);
  }
}
