// Lesson 12's program: one image per task in a Pool of cpuCount() workers. Run by main.ts.
import { Pool, cpuCount, time } from 'parallel';
import { listdir, path } from 'parallel/fs';
import { processImage } from './sequential.ts';

// Re-exported, so that this program's workers find the task function in this module too.
export { processImage };

if (import.meta.main) {
  const files = (await listdir('sample_images')).filter((f) => f.endsWith('.png')).sort();
  console.log(`Using ${cpuCount()} processes for parallel processing`);
  const start = time();
  {
    await using pool = new Pool(cpuCount());
    await pool.map(
      processImage,
      files.map((f) => path.join('sample_images', f)),
    );
  }
  console.log(`Total processing time: ${(time() - start).toFixed(2)} seconds`);
}
