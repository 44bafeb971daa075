// sequential_image_processing.py, in TypeScript, in sorted order and with a fifth filter.
import { time } from 'parallel';
import { Image, ImageFilter } from 'parallel/image';
import { listdir, makedirs, path } from 'parallel/fs';
import { ensureSampleImages } from './images.ts';

export async function processImage(imagePath: string): Promise<[string, number]> {
  const baseName = path.basename(imagePath);
  console.log(`Processing image: ${baseName}`);
  const startTime = time();

  const img = await Image.open(imagePath);

  const blurred = img.filter(ImageFilter.GaussianBlur(5));
  const edges = img.filter(ImageFilter.FIND_EDGES);
  const embossed = img.filter(ImageFilter.EMBOSS);
  const sharpened = img.filter(ImageFilter.SHARPEN);
  const contour = img.filter(ImageFilter.CONTOUR);

  const ext = path.extname(baseName);
  const name = baseName.slice(0, baseName.length - ext.length);
  const outputDir = 'processed_images';
  await makedirs(outputDir, { existOk: true });

  await blurred.save(`${outputDir}/${name}_blurred${ext}`);
  await edges.save(`${outputDir}/${name}_edges${ext}`);
  await embossed.save(`${outputDir}/${name}_embossed${ext}`);
  await sharpened.save(`${outputDir}/${name}_sharpened${ext}`);
  await contour.save(`${outputDir}/${name}_contour${ext}`);

  const elapsed = time() - startTime;
  console.log(`Completed processing ${baseName} in ${elapsed.toFixed(2)} seconds`);
  return [baseName, elapsed];
}

async function main(): Promise<[string, number][]> {
  await ensureSampleImages();
  const inputDir = 'sample_images';
  // Sort by the number in the name, so sample_10 would come after sample_9.
  const imageFiles = (await listdir(inputDir))
    .filter((f) => /\.(png|jpe?g)$/.test(f))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((f) => path.join(inputDir, f));

  console.log(`Found ${imageFiles.length} images to process`);

  const startTime = time();
  const results: [string, number][] = [];
  for (const imagePath of imageFiles) {
    results.push(await processImage(imagePath));
  }

  const totalTime = time() - startTime;
  console.log(`Total processing time: ${totalTime.toFixed(2)} seconds`);
  return results;
}

if (import.meta.main) {
  await main();
}
