// pool_map.py, in TypeScript: one worker per CPU core, map over ten items.
import { Pool, cpuCount, currentProcess, sleep, time } from 'parallel';

export function processItem(item: number): number {
  console.log(`Processing item ${item} in ${currentProcess().name}`);
  sleep(1); // Simulate work
  return item * 10;
}

if (import.meta.main) {
  // Get the number of CPU cores
  const numCores = cpuCount();
  console.log(`System has ${numCores} CPU cores`);

  const items = Array.from({ length: 10 }, (_, i) => i);

  const startTime = time();
  let results: number[];
  {
    // Create a pool with as many processes as CPU cores
    await using pool = new Pool(numCores);
    results = await pool.map(processItem, items);
  }
  const endTime = time();

  console.log(`All processing completed in ${(endTime - startTime).toFixed(2)} seconds`);
  console.log('Results:', results);

  // Exercise: recreate the lab's 2-core machine. Run the same map again with `new Pool(2)` and
  // the default chunksize (expect about 6 s and items in pairs), then once more with Pool(2)
  // and a chunksize (the third argument of map) that brings it down to 5 s.
  // Print "All processing completed in … seconds" after each run.
}
