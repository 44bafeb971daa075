// pool_example.py, in TypeScript: a Pool of 2 workers squares five numbers.
import { Pool, sleep, time } from 'parallel';

export function square(x: number): number {
  sleep(1); // Simulate a time-consuming calculation
  return x * x;
}

if (import.meta.main) {
  const numbers = [1, 2, 3, 4, 5];

  // Create a pool with 2 processes
  let startTime = time();
  let results: number[];
  {
    // `await using` ends the pool at the end of this block, like Python's `with`.
    await using pool = new Pool(2);
    // Map the square function to the numbers
    results = await pool.map(square, numbers);
  }
  let endTime = time();

  console.log('Results:', results);
  console.log(`Time taken: ${(endTime - startTime).toFixed(2)} seconds`);

  // Compare with sequential processing
  startTime = time();
  const sequentialResults = numbers.map((x) => square(x));
  endTime = time();

  console.log('Sequential results:', sequentialResults);
  console.log(`Sequential time: ${(endTime - startTime).toFixed(2)} seconds`);

  // Exercise: time the same five numbers with a Pool of 5 workers and print
  // `Pool(5) results: …` and `Pool(5) time: … seconds`.
}
