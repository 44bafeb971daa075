// pool_example.py, in TypeScript, plus a third measurement with a Pool of 5 workers.
import { Pool, sleep, time } from 'parallel';

export function square(x: number): number {
  sleep(1); // Simulate a time-consuming calculation
  return x * x;
}

async function timedPool(processes: number, numbers: number[]): Promise<[number[], number]> {
  const startTime = time();
  await using pool = new Pool(processes);
  const results = await pool.map(square, numbers);
  return [results, time() - startTime];
}

if (import.meta.main) {
  const numbers = [1, 2, 3, 4, 5];

  const [results, seconds] = await timedPool(2, numbers);
  console.log('Results:', results);
  console.log(`Time taken: ${seconds.toFixed(2)} seconds`);

  const startTime = time();
  const sequentialResults = numbers.map((x) => square(x));
  const endTime = time();
  console.log('Sequential results:', sequentialResults);
  console.log(`Sequential time: ${(endTime - startTime).toFixed(2)} seconds`);

  // One worker per number: all five sleep at the same time, so one round instead of three.
  const [results5, seconds5] = await timedPool(5, numbers);
  console.log('Pool(5) results:', results5);
  console.log(`Pool(5) time: ${seconds5.toFixed(2)} seconds`);
}
