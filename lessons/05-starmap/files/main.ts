// pool_starmap.py, in TypeScript: each [id, value, multiplier] list is spread into one call of
// processData, on a pool of 3 worker processes.
import { Pool, sleep, time } from 'parallel';

export function processData(id: number, value: number, multiplier: number): number {
  console.log(`Processing item ${id}: ${value} with multiplier ${multiplier}`);
  sleep(1); // stands for real work
  return value * multiplier;
}

if (import.meta.main) {
  // One list per call: [id, value, multiplier], Python's tuples
  const argumentLists: [number, number, number][] = [
    [1, 5, 2],
    [2, 10, 3],
    [3, 15, 2],
    [4, 20, 4],
    [5, 25, 5],
  ];

  await using pool = new Pool(3);
  console.log('Starting parallel processing with multiple arguments...');
  const startTime = time();
  // starmap spreads each list into the parameters: processData(1, 5, 2), …
  const results = await pool.starmap(processData, argumentLists);
  const endTime = time();
  console.log(`All processing completed in ${(endTime - startTime).toFixed(2)} seconds`);
  console.log('Results:', results);

  // Exercise: build the argument lists with code instead of by hand. For the ids 1 to 6,
  //   const values = [3, 6, 9, 12, 15, 18];
  //   const multipliers = [2, 2, 3, 3, 4, 4];
  // zip them (id i + 1 gets values[i] and multipliers[i]), starmap processData over the lists
  // with the same pool, and print `Order totals: […]`.
}
