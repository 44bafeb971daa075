// Not one of the lab's scripts: ours, to measure the lab's table of processes and threads in
// the browser. The same CPU-bound function runs four times: one call after another, then as four
// async tasks on this one thread. Then four tasks that only wait.
import { cpuCount, time } from 'parallel';

// Pure arithmetic: while it runs, nothing else runs on this thread
export function countPrimes(limit: number): number {
  let count = 0;
  for (let n = 2; n < limit; n++) {
    let isPrime = true;
    for (let d = 2; d * d <= n; d++) {
      if (n % d === 0) {
        isPrime = false;
        break;
      }
    }
    if (isPrime) count++;
  }
  return count;
}

// An async task starts at once, and the others run whenever it awaits. Counting never awaits,
// so each task runs to its end before the next one goes on.
async function countPrimesAsync(limit: number): Promise<number> {
  await null; // let the other tasks start, as a thread switch would
  return countPrimes(limit);
}

// Waiting without blocking: a timer stands for a network request or a disk
async function wait(seconds: number): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  return seconds;
}

function secondsSince(start: number): string {
  return `in ${(time() - start).toFixed(2)} seconds`;
}

if (import.meta.main) {
  console.log(`System has ${cpuCount()} CPU cores`);
  const limits = [1_000_000, 1_000_000, 1_000_000, 1_000_000];

  let start = time();
  const sequential = limits.map((limit) => countPrimes(limit));
  console.log('Sequential:', sequential, secondsSince(start));

  start = time();
  const concurrent = await Promise.all(limits.map((limit) => countPrimesAsync(limit)));
  console.log('4 async tasks:', concurrent, secondsSince(start));

  start = time();
  const waited = await Promise.all([0.5, 0.5, 0.5, 0.5].map((seconds) => wait(seconds)));
  console.log('4 async tasks waiting 0.5 s each:', waited, secondsSince(start));

  // Exercise: run the four counts in a pool of 2 worker processes (new Pool(2) and
  // pool.map(countPrimes, limits)), and print `Pool of 2 workers: […] in … seconds` as above.
}
