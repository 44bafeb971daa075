// advanced_parallel_processing.py, in TypeScript, with one pool shared by all the images.
import { Pool, _, getpid, partial, time } from 'parallel';
import { Image, ImageFilter, type Filter } from 'parallel/image';
import { listdir, makedirs, path } from 'parallel/fs';
import { ensureSampleImages } from './images.ts';

export async function applyFilter(
  filterInfo: [string, Filter],
  imagePath: string,
  outputDir: string,
): Promise<[string, string, number]> {
  const [filterName, filterObj] = filterInfo;
  const imageName = path.basename(imagePath);
  console.log(`Process ${getpid()} applying ${filterName} to ${imageName}`);

  // Open the image in this process: image objects are not shared between processes
  const img = await Image.open(imagePath);

  const startTime = time();
  const filtered = img.filter(filterObj);
  const outputPath = path.join(outputDir, `${filterName}_${imageName}`);
  await filtered.save(outputPath);
  const processingTime = time() - startTime;

  console.log(
    `Process ${getpid()} completed ${filterName} on ${imageName} in ${processingTime.toFixed(2)} seconds`,
  );
  return [filterName, imageName, processingTime];
}

async function processImageWithMultipleFilters(
  imagePath: string,
  outputDir: string,
  filters: [string, Filter][],
  pool: Pool,
): Promise<[string, string, number][]> {
  // Fix the image and the folder: map fills filterInfo, the first parameter (the `_`)
  const applyFilterToImage = partial(applyFilter, _, imagePath, outputDir);

  return await pool.map(applyFilterToImage, filters);
}

async function main(): Promise<void> {
  await ensureSampleImages();
  const imageDir = 'sample_images';
  const outputDir = 'processed_advanced';
  await makedirs(outputDir, { existOk: true });

  // [name, filter] pairs: the filters themselves travel to the workers too
  const filters: [string, Filter][] = [
    ['blur', ImageFilter.GaussianBlur(5)],
    ['edges', ImageFilter.FIND_EDGES],
    ['emboss', ImageFilter.EMBOSS],
    ['sharpen', ImageFilter.SHARPEN],
    ['contour', ImageFilter.CONTOUR],
    ['detail', ImageFilter.DETAIL],
    ['smooth', ImageFilter.SMOOTH],
    ['smoothmore', ImageFilter.SMOOTH_MORE],
  ];

  const imageFiles = (await listdir(imageDir))
    .filter((f) => ['.png', '.jpg', '.jpeg'].some((ext) => f.endsWith(ext)))
    .map((f) => path.join(imageDir, f));
  console.log(`Found ${imageFiles.length} images to process with ${filters.length} filters each`);

  const allResults: [string, string, number][] = [];
  const startTime = time();
  // One pool for all the images: its workers start once, not once per image
  await using pool = new Pool();
  for (const imagePath of imageFiles) {
    const imageName = path.basename(imagePath);
    console.log(`\nProcessing ${imageName} with ${filters.length} filters in parallel`);
    const imageStart = time();
    const results = await processImageWithMultipleFilters(imagePath, outputDir, filters, pool);
    const imageTime = time() - imageStart;
    console.log(`Completed all filters for ${imageName} in ${imageTime.toFixed(2)} seconds`);
    allResults.push(...results);
  }
  const totalTime = time() - startTime;

  console.log('\nProcessing Summary:');
  console.log(`Total processing time: ${totalTime.toFixed(2)} seconds`);
  console.log(`Total operations: ${allResults.length}`);
  const average = allResults.reduce((sum, [, , t]) => sum + t, 0) / allResults.length;
  console.log(`Average processing time per filter: ${average.toFixed(2)} seconds`);
}

if (import.meta.main) {
  await main();
}
