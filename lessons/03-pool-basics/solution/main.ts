// pool_example.py, in TypeScript, plus a third measurement with a Pool of 5 workers.
import { Pool, sleep, time } from 'parallel';

export function square(x: number): number {
  console.log(`Processing ${x}...`);
  sleep(1); // stands for a slow calculation
  return x * x;
}

// The lab's timing: from when the pool exists to when map has returned every result
async function timedPool(processes: number, numbers: number[]): Promise<[number[], number]> {
  await using pool = new Pool(processes);
  const startTime = time();
  const results = await pool.map(square, numbers);
  return [results, time() - startTime];
}

if (import.meta.main) {
  const numbers = [1, 2, 3, 4, 5];

  const [results, seconds] = await timedPool(2, numbers);
  console.log('Results:', results);
  console.log(`Time taken: ${seconds.toFixed(2)} seconds`);

  // The same work, one call after another, in the main process
  const startTime = time();
  const sequentialResults = numbers.map((n) => square(n));
  const endTime = time();
  console.log('Sequential results:', sequentialResults);
  console.log(`Sequential time: ${(endTime - startTime).toFixed(2)} seconds`);

  // One worker per number: all five sleep at the same time, so one round instead of three
  const [results5, seconds5] = await timedPool(5, numbers);
  console.log('Pool(5) results:', results5);
  console.log(`Pool(5) time: ${seconds5.toFixed(2)} seconds`);
}
