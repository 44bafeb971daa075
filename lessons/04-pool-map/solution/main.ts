// pool_map.py, in TypeScript, plus the lab's 2-core machine with two chunk sizes.
import { Pool, cpuCount, getpid, sleep, time } from 'parallel';

export function processItem(item: number): number {
  const processId = getpid();
  console.log(`Process ${processId} processing item ${item}`);
  sleep(1); // stands for real work
  return item * 10;
}

// One pool, timed from when it exists to when map has returned every result
async function timedMap(processes: number, items: number[], chunksize?: number): Promise<number[]> {
  await using pool = new Pool(processes);
  console.log('Starting parallel processing...');
  const startTime = time();
  const results = await pool.map(processItem, items, chunksize);
  const endTime = time();
  console.log(`All processing completed in ${(endTime - startTime).toFixed(2)} seconds`);
  return results;
}

if (import.meta.main) {
  const items = Array.from({ length: 10 }, (_, i) => i); // Python's list(range(10))

  const numCores = cpuCount();
  console.log(`System has ${numCores} CPU cores`);
  console.log('Results:', await timedMap(numCores, items));

  // The lab's machine: 2 workers, default chunksize 2: 5 chunks of 2 s, 3 rounds, 6 s
  console.log('Pool(2), default chunksize');
  await timedMap(2, items);

  // chunksize 5: two chunks of 5 s, one per worker, 5 s (chunksize 1 works too)
  console.log('Pool(2), chunksize 5');
  console.log('Results:', await timedMap(2, items, 5));
}
