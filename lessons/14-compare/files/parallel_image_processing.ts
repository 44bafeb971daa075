// parallel_image_processing.py, in TypeScript (lesson 12): the same four filters, one pool task per
// image. Run by main.ts as a program of its own.
import { Pool, cpuCount, getpid, time } from 'parallel';
import { Image, ImageFilter } from 'parallel/image';
import { listdir, makedirs, path } from 'parallel/fs';
import { ensureSampleImages } from './images.ts';

// map gives a task one argument: the [imagePath, outputDir] pair, unpacked here
export async function applyFilters(args: [string, string]): Promise<[string, number]> {
  const [imagePath, outputDir] = args;
  const imageName = path.basename(imagePath);
  console.log(`Process ${getpid()} processing image: ${imageName}`);

  const img = await Image.open(imagePath);
  const startTime = time();

  const blurred = img.filter(ImageFilter.GaussianBlur(5));
  await blurred.save(path.join(outputDir, `blur_${imageName}`));

  const edges = img.filter(ImageFilter.FIND_EDGES);
  await edges.save(path.join(outputDir, `edges_${imageName}`));

  const embossed = img.filter(ImageFilter.EMBOSS);
  await embossed.save(path.join(outputDir, `emboss_${imageName}`));

  const sharpened = img.filter(ImageFilter.SHARPEN);
  await sharpened.save(path.join(outputDir, `sharpen_${imageName}`));

  const processingTime = time() - startTime;
  console.log(`Process ${getpid()} completed ${imageName} in ${processingTime.toFixed(2)} seconds`);
  return [imageName, processingTime];
}

export async function processImagesInParallel(
  imageDir: string,
  outputDir: string,
  numProcesses: number | null = null,
): Promise<[string, number][]> {
  await makedirs(outputDir, { existOk: true });

  const imageFiles = (await listdir(imageDir))
    .filter((f) => ['.png', '.jpg', '.jpeg'].some((ext) => f.endsWith(ext)))
    .map((f) => path.join(imageDir, f));
  console.log(`Found ${imageFiles.length} images to process`);

  // By default, one process per core, but never more than there are images
  if (numProcesses === null) {
    numProcesses = Math.min(cpuCount(), imageFiles.length);
  }
  console.log(`Using ${numProcesses} processes for parallel processing`);

  // Pack both arguments into one pair per image: map passes a single argument
  const taskArgs = imageFiles.map((imagePath): [string, string] => [imagePath, outputDir]);

  const startTime = time();
  let results: [string, number][];
  {
    await using pool = new Pool(numProcesses);
    results = await pool.map(applyFilters, taskArgs);
  }
  const totalTime = time() - startTime;

  console.log('\nParallel processing completed');
  console.log(`Total processing time: ${totalTime.toFixed(2)} seconds`);
  return results;
}

if (import.meta.main) {
  await ensureSampleImages();
  const imageDir = 'sample_images';
  const outputDir = 'processed_parallel';

  const results = await processImagesInParallel(imageDir, outputDir);

  console.log('\nProcessing summary:');
  for (const [imageName, procTime] of results) {
    console.log(`  ${imageName}: ${procTime.toFixed(2)} seconds`);
  }
}
