// parallel_image_processing.py, in TypeScript, reporting each image as soon as it is done.
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
  const results: [string, number][] = [];
  {
    await using pool = new Pool(numProcesses);
    // Completion order: each result arrives as soon as its image is done
    for await (const [imageName, procTime] of pool.imapUnordered(applyFilters, taskArgs)) {
      console.log(`Done: ${imageName} in ${procTime.toFixed(2)} seconds`);
      results.push([imageName, procTime]);
    }
  }
  // Back to input order for the summary, as map returns it
  const order = imageFiles.map((imagePath) => path.basename(imagePath));
  results.sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
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
