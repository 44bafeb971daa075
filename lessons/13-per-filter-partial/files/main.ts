// advanced_parallel_processing.py, in TypeScript: one task per (image, filter), with partial.
import { Pool, _, getpid, partial, time } from 'parallel';
import { Image, ImageFilter } from 'parallel/image';
import { listdir, makedirs, path } from 'parallel/fs';
import { ensureSampleImages } from './images.ts';

// Filters are plain data, so this table exists in every worker (each imports this file).
const filters = {
  blur: ImageFilter.GaussianBlur(5),
  edges: ImageFilter.FIND_EDGES,
  emboss: ImageFilter.EMBOSS,
  sharpen: ImageFilter.SHARPEN,
  contour: ImageFilter.CONTOUR,
  detail: ImageFilter.DETAIL,
  smooth: ImageFilter.SMOOTH,
  smoothmore: ImageFilter.SMOOTH_MORE,
};
type FilterName = keyof typeof filters;
const filterNames = Object.keys(filters) as FilterName[];

/** Apply a specific filter to an image */
export async function applyFilter(
  imagePath: string,
  filterName: FilterName,
  outputDir: string,
): Promise<[FilterName, number]> {
  const baseName = path.basename(imagePath);
  console.log(`Process ${getpid()} applying ${filterName} to ${baseName}`);
  const startTime = time();

  const img = await Image.open(imagePath);
  const filtered = img.filter(filters[filterName]);

  // Save the result
  const ext = path.extname(baseName);
  const name = baseName.slice(0, baseName.length - ext.length);
  await filtered.save(path.join(outputDir, `${name}_${filterName}${ext}`));

  const elapsed = time() - startTime;
  console.log(`Process ${getpid()} completed ${filterName} on ${baseName} in ${elapsed.toFixed(2)} seconds`);
  return [filterName, elapsed];
}

/** Apply all filters to one image in parallel */
async function processImageWithMultipleFilters(imagePath: string, outputDir: string) {
  // Fix the image path and the output directory; only the filter name varies
  const applyFilterToImage = partial(applyFilter, imagePath, _, outputDir);

  // A new pool for every image, as in the lab.
  // Exercise: create ONE pool in main() and use it for every image (pass it in as a parameter).
  await using pool = new Pool();
  return await pool.map(applyFilterToImage, filterNames);
}

async function main(): Promise<void> {
  await ensureSampleImages();
  const inputDir = 'sample_images';
  const outputDir = 'advanced_processed';
  await makedirs(outputDir, { existOk: true });

  const imageFiles = (await listdir(inputDir))
    .filter((f) => /\.(png|jpe?g)$/.test(f))
    .sort()
    .map((f) => path.join(inputDir, f));

  console.log(`Found ${imageFiles.length} images to process with ${filterNames.length} filters each`);

  const startTime = time();

  const allResults: [FilterName, number][] = [];
  for (const imagePath of imageFiles) {
    allResults.push(...(await processImageWithMultipleFilters(imagePath, outputDir)));
  }

  const totalTime = time() - startTime;
  const average = allResults.reduce((sum, [, t]) => sum + t, 0) / allResults.length;
  console.log(`Total processing time: ${totalTime.toFixed(2)} seconds`);
  console.log(`Total operations: ${allResults.length}`);
  console.log(`Average processing time per filter: ${average.toFixed(2)} seconds`);
}

if (import.meta.main) {
  await main();
}
