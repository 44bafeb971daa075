// pool_map.py, in TypeScript: ten items on a pool with one worker process per CPU core; each
// worker prints its own process id, so you see which process handled which item.
import { Pool, cpuCount, getpid, sleep, time } from 'parallel';

export function processItem(item: number): number {
  const processId = getpid();
  console.log(`Process ${processId} processing item ${item}`);
  sleep(1); // stands for real work
  return item * 10;
}

if (import.meta.main) {
  const items = Array.from({ length: 10 }, (_, i) => i); // Python's list(range(10))

  const numCores = cpuCount();
  console.log(`System has ${numCores} CPU cores`);

  // One worker process per CPU core
  {
    await using pool = new Pool(numCores);
    console.log('Starting parallel processing...');
    const startTime = time();
    const results = await pool.map(processItem, items);
    const endTime = time();
    console.log(`All processing completed in ${(endTime - startTime).toFixed(2)} seconds`);
    console.log('Results:', results);
  }

  // Exercise: recreate the lab's 2-core machine. Map processItem over the same items with
  // new Pool(2) and the default chunksize (expect about 6 s, items in pairs), then once more
  // with Pool(2) and a chunksize (map's third argument) that brings it down to 5 s.
  // Print "All processing completed in … seconds" after each run.
}
