// pool_starmap.py, in TypeScript: several arguments per task with starmap.
import { Pool, sleep, time } from 'parallel';

export function processData(itemId: number, value: number, multiplier: number): number {
  console.log(`Processing item ${itemId}: ${value} with multiplier ${multiplier}`);
  sleep(1); // Simulate work
  return value * multiplier;
}

if (import.meta.main) {
  // Data as argument lists: [itemId, value, multiplier]
  const data: [number, number, number][] = [
    [1, 10, 1],
    [2, 15, 2],
    [3, 10, 3],
    [4, 20, 4],
    [5, 25, 5],
  ];

  const startTime = time();
  let results: number[];
  {
    // Use starmap to pass multiple arguments
    await using pool = new Pool(3);
    results = await pool.starmap(processData, data);
  }
  const endTime = time();

  console.log(`All processing completed in ${(endTime - startTime).toFixed(2)} seconds`);
  console.log('Results:', results);

  // Exercise: build the argument lists with code instead of by hand. For the item ids 1…6,
  //   const values = [3, 6, 9, 12, 15, 18];
  //   const multipliers = [2, 2, 3, 3, 4, 4];
  // zip them (item i + 1 gets values[i] and multipliers[i]), starmap processData over the
  // lists and print `Order totals: […]`.
}
