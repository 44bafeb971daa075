// pool_map.py, in TypeScript, plus the lab's 2-core machine with two chunk sizes.
import { Pool, cpuCount, currentProcess, sleep, time } from 'parallel';

export function processItem(item: number): number {
  console.log(`Processing item ${item} in ${currentProcess().name}`);
  sleep(1); // Simulate work
  return item * 10;
}

async function timedMap(processes: number, items: number[], chunksize?: number): Promise<number[]> {
  const startTime = time();
  let results: number[];
  {
    await using pool = new Pool(processes);
    results = await pool.map(processItem, items, chunksize);
  }
  console.log(`All processing completed in ${(time() - startTime).toFixed(2)} seconds`);
  return results;
}

if (import.meta.main) {
  const numCores = cpuCount();
  console.log(`System has ${numCores} CPU cores`);
  const items = Array.from({ length: 10 }, (_, i) => i);

  console.log('Results:', await timedMap(numCores, items));

  // The lab's machine: 2 workers, default chunksize 2 → 5 chunks of 2 s → 3 rounds → 6 s.
  console.log('Pool(2), default chunksize');
  await timedMap(2, items);

  // chunksize 5: two chunks of 5 s, one per worker → 5 s (chunksize 1 works too).
  console.log('Pool(2), chunksize 5');
  console.log('Results:', await timedMap(2, items, 5));
}
