// pool_starmap.py, in TypeScript, plus argument lists built with a zip.
import { Pool, sleep, time } from 'parallel';

export function processData(itemId: number, value: number, multiplier: number): number {
  console.log(`Processing item ${itemId}: ${value} with multiplier ${multiplier}`);
  sleep(1); // Simulate work
  return value * multiplier;
}

if (import.meta.main) {
  const data: [number, number, number][] = [
    [1, 10, 1],
    [2, 15, 2],
    [3, 10, 3],
    [4, 20, 4],
    [5, 25, 5],
  ];

  const startTime = time();
  await using pool = new Pool(3);
  const results = await pool.starmap(processData, data);
  const endTime = time();

  console.log(`All processing completed in ${(endTime - startTime).toFixed(2)} seconds`);
  console.log('Results:', results);

  const values = [3, 6, 9, 12, 15, 18];
  const multipliers = [2, 2, 3, 3, 4, 4];
  // Python: list(zip(range(1, 7), values, multipliers))
  const orders = values.map((value, i) => [i + 1, value, multipliers[i]] as [number, number, number]);
  console.log('Order totals:', await pool.starmap(processData, orders));
}
