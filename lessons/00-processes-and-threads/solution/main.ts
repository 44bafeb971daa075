// Not one of the lab's scripts: ours, to measure the lab's table of processes and threads in
// the browser, with the counts also run in a pool of two worker processes.
import { Pool, cpuCount, time } from 'parallel';

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

  // Each worker has its own thread and its own core: two counts really run at once
  start = time();
  await using pool = new Pool(2);
  const inWorkers = await pool.map(countPrimes, limits);
  console.log('Pool of 2 workers:', inWorkers, secondsSince(start));
}
