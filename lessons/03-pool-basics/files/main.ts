// pool_example.py, in TypeScript: a Pool of 2 worker processes squares five numbers; then the
// main process does the same work alone, for comparison.
import { Pool, sleep, time } from 'parallel';

export function square(x: number): number {
  console.log(`Processing ${x}...`);
  sleep(1); // stands for a slow calculation
  return x * x;
}

if (import.meta.main) {
  const numbers = [1, 2, 3, 4, 5];

  // Two worker processes; leaving the block shuts the pool down (Python's with)
  {
    await using pool = new Pool(2);
    const startTime = time();
    // Each number becomes the single argument of one call of square
    const results = await pool.map(square, numbers);
    const endTime = time();
    console.log('Results:', results);
    console.log(`Time taken: ${(endTime - startTime).toFixed(2)} seconds`);
  }

  // The same work, one call after another, in the main process
  const startTime = time();
  const sequentialResults = numbers.map((n) => square(n));
  const endTime = time();
  console.log('Sequential results:', sequentialResults);
  console.log(`Sequential time: ${(endTime - startTime).toFixed(2)} seconds`);

  // Exercise: time the same five numbers once more, with a Pool of 5 workers, and print
  // `Pool(5) results: …` and `Pool(5) time: … seconds`. How many rounds do you expect?
}
