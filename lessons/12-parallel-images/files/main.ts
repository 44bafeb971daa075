// parallel_image_processing.py, in TypeScript: the same work, one image per task, in a Pool.
import { Pool, cpuCount, getpid, time } from 'parallel';
import { Image, ImageFilter } from 'parallel/image';
import { listdir, makedirs, path } from 'parallel/fs';
import { ensureSampleImages } from './images.ts';

/** Apply a series of filters to an image (runs in a pool worker) */
export async function processImage(imagePath: string): Promise<[string, number]> {
  const baseName = path.basename(imagePath);
  console.log(`Process ${getpid()} processing image: ${baseName}`);
  const startTime = time();

  const img = await Image.open(imagePath);

  const blurred = img.filter(ImageFilter.GaussianBlur(5));
  const edges = img.filter(ImageFilter.FIND_EDGES);
  const embossed = img.filter(ImageFilter.EMBOSS);
  const sharpened = img.filter(ImageFilter.SHARPEN);

  const ext = path.extname(baseName);
  const name = baseName.slice(0, baseName.length - ext.length);
  const outputDir = 'processed_images';
  await makedirs(outputDir, { existOk: true });

  await blurred.save(`${outputDir}/${name}_blurred${ext}`);
  await edges.save(`${outputDir}/${name}_edges${ext}`);
  await embossed.save(`${outputDir}/${name}_embossed${ext}`);
  await sharpened.save(`${outputDir}/${name}_sharpened${ext}`);

  const elapsed = time() - startTime;
  return [baseName, elapsed];
}

async function main(): Promise<void> {
  await ensureSampleImages();
  const inputDir = 'sample_images';
  const imageFiles = (await listdir(inputDir))
    .filter((f) => /\.(png|jpe?g)$/.test(f))
    .sort()
    .map((f) => path.join(inputDir, f));

  // Use as many processes as CPU cores
  const numProcesses = cpuCount();
  console.log(`Using ${numProcesses} processes for parallel processing`);

  const startTime = time();

  // Process images in parallel
  // Exercise: use pool.imapUnordered instead of map, and print `Done: <name> in <s> seconds`
  // for each image as soon as it is finished, inside a `for await` loop.
  let results: [string, number][];
  {
    await using pool = new Pool(numProcesses);
    results = await pool.map(processImage, imageFiles);
  }

  const totalTime = time() - startTime;
  console.log(`Total processing time: ${totalTime.toFixed(2)} seconds`);

  // Print a summary
  console.log('\nProcessing summary:');
  for (const [imageName, procTime] of results) {
    console.log(`${imageName}: ${procTime.toFixed(2)} seconds`);
  }
}

if (import.meta.main) {
  await main();
}
