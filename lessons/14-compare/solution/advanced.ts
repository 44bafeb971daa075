// Lesson 13's program as the lab wrote it: 8 filters per image, a new Pool per image. Run by main.ts.
import { Pool, _, partial, time } from 'parallel';
import { Image, ImageFilter } from 'parallel/image';
import { listdir, makedirs, path } from 'parallel/fs';

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

export async function applyFilter(
  imagePath: string,
  filterName: FilterName,
  outputDir: string,
): Promise<number> {
  const start = time();
  const baseName = path.basename(imagePath);
  const ext = path.extname(baseName);
  const img = await Image.open(imagePath);
  await img
    .filter(filters[filterName])
    .save(path.join(outputDir, `${baseName.slice(0, -ext.length)}_${filterName}${ext}`));
  return time() - start;
}

if (import.meta.main) {
  const outputDir = 'advanced_processed';
  await makedirs(outputDir, { existOk: true });
  const files = (await listdir('sample_images')).filter((f) => f.endsWith('.png')).sort();
  console.log(`Found ${files.length} images to process with 8 filters each`);
  const start = time();
  const times: number[] = [];
  for (const f of files) {
    await using pool = new Pool();
    times.push(
      ...(await pool.map(
        partial(applyFilter, path.join('sample_images', f), _, outputDir),
        Object.keys(filters),
      )),
    );
  }
  console.log(`Total processing time: ${(time() - start).toFixed(2)} seconds`);
  console.log(`Total operations: ${times.length}`);
}
