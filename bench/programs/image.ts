// The image figures, measured as a learner's program: each Pillow filter on an 800×600 RGB
// image in one worker (this main process), and the lab's pipeline (5 images of 800×600, 4
// filters each) with 1 and 2 pool workers, filtering timed apart from PNG encoding.
import { Pool, time } from 'parallel';
import { Image, ImageFilter, type Filter } from 'parallel/image';

const filters: Record<string, Filter> = {
  blur: ImageFilter.GaussianBlur(5),
  edges: ImageFilter.FIND_EDGES,
  emboss: ImageFilter.EMBOSS,
  sharpen: ImageFilter.SHARPEN,
  contour: ImageFilter.CONTOUR,
  detail: ImageFilter.DETAIL,
  smooth: ImageFilter.SMOOTH,
  smoothmore: ImageFilter.SMOOTH_MORE,
};
const pipelineFilters = ['blur', 'edges', 'emboss', 'sharpen'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? NaN;
}

/**
 * One step of the pipeline: one filter on one image, then the result encoded as PNG. Tasks per
 * (image, filter), as lesson 13 teaches: 5 whole images on 2 workers could not beat 5/3×.
 */
export async function filterImage(seed: number, name: string): Promise<{ filter: number; encode: number }> {
  const image = Image.random(800, 600, seed);
  const start = time();
  const out = image.filter(filters[name] as Filter);
  const filter = time() - start;
  const before = time();
  await out.encodePng();
  return { filter, encode: time() - before };
}

function report(id: string, value: number, peers: Record<string, number> = {}): void {
  console.log(`BENCH ${JSON.stringify({ id, value, peers })}`);
}

/** Median seconds of 15 calls of `body`, after 2 unmeasured ones. */
function medianTime(body: () => unknown): number {
  for (let i = 0; i < 2; i++) body();
  const samples: number[] = [];
  for (let i = 0; i < 15; i++) {
    const start = time();
    body();
    samples.push(time() - start);
  }
  return median(samples);
}

if (import.meta.main) {
  const image = Image.random(800, 600, 3);
  for (const [slug, filter] of Object.entries(filters)) {
    const ms = medianTime(() => image.filter(filter)) * 1000;
    // Every filter returns a new 1.44 MB array, whose fresh pages cost this machine more than
    // some of Pillow's filters (src/runtime/image/wasm-filters.ts): the floor, timed beside it.
    const copyMs = medianTime(() => image.data.slice()) * 1000;
    report(`filter-${slug}-800x600`, ms, { 'a plain copy of the image, same loop (ms)': copyMs });
  }

  const seeds = [1, 2, 3, 4, 5];
  const pipeline: Record<number, { wall: number; filter: number; encode: number }> = {};
  for (const workers of [1, 2]) {
    await using pool = new Pool(workers);
    await pool.starmap(
      filterImage,
      [
        [9, 'edges'],
        [9, 'edges'],
      ],
      1,
    ); // warm the workers
    const start = time();
    const parts = await pool.starmap(
      filterImage,
      seeds.flatMap((seed) => pipelineFilters.map((name) => [seed, name] as [number, string])),
      1,
    );
    pipeline[workers] = {
      wall: time() - start,
      filter: parts.reduce((sum, p) => sum + p.filter, 0),
      encode: parts.reduce((sum, p) => sum + p.encode, 0),
    };
  }
  const one = pipeline[1] as { wall: number; filter: number; encode: number };
  const two = pipeline[2] as { wall: number; filter: number; encode: number };
  report('image-pipeline-speedup-2-vs-1', one.wall / two.wall, {
    '1 worker (s)': one.wall,
    '2 workers (s)': two.wall,
    'filtering, all images (s)': one.filter,
    'PNG encoding, all images (s)': one.encode,
  });
}
