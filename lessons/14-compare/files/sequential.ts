// Lesson 11's program, timing the filters apart from the PNG encoding. Run by main.ts.
import { time } from 'parallel';
import { Image, ImageFilter } from 'parallel/image';
import { listdir, makedirs, path } from 'parallel/fs';

/** Filters one image and saves the results; returns [filter seconds, save seconds]. */
export async function processImage(imagePath: string): Promise<[number, number]> {
  const baseName = path.basename(imagePath);
  const ext = path.extname(baseName);
  const name = baseName.slice(0, baseName.length - ext.length);
  const img = await Image.open(imagePath);

  let t = time();
  const outputs = {
    blurred: img.filter(ImageFilter.GaussianBlur(5)),
    edges: img.filter(ImageFilter.FIND_EDGES),
    embossed: img.filter(ImageFilter.EMBOSS),
    sharpened: img.filter(ImageFilter.SHARPEN),
  };
  const filterSeconds = time() - t;

  t = time();
  await makedirs('processed_images', { existOk: true });
  for (const [kind, out] of Object.entries(outputs)) {
    await out.save(`processed_images/${name}_${kind}${ext}`);
  }
  return [filterSeconds, time() - t];
}

if (import.meta.main) {
  const files = (await listdir('sample_images')).filter((f) => f.endsWith('.png')).sort();
  console.log(`Found ${files.length} images to process`);
  const start = time();
  let filtering = 0;
  let saving = 0;
  for (const f of files) {
    const [filterSeconds, saveSeconds] = await processImage(path.join('sample_images', f));
    filtering += filterSeconds;
    saving += saveSeconds;
  }
  console.log(`Filter time: ${filtering.toFixed(2)} seconds`);
  console.log(`Save time: ${saving.toFixed(2)} seconds`);
  console.log(`Total processing time: ${(time() - start).toFixed(2)} seconds`);
}
