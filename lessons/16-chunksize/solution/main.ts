// Chunksize and overhead: how many tasks per second a Pool dispatches at each chunksize, and
// what a chunk that is too big does to uneven work.
import { Pool, sleep, time } from 'parallel';
import { figure, plot, show, title, xlabel, ylabel } from 'parallel/plot';

/** A task that does nothing: what is measured is the cost of sending it and its result. */
export function noop(x: number): number {
  return x;
}

/** Uneven work: task i sleeps i × 10 ms, so the last tasks are the heaviest. */
export function weighted(i: number): number {
  sleep(0.01 * i);
  return i;
}

if (import.meta.main) {
  const n = 20_000;
  const items = Array.from({ length: n }, (_, i) => i);
  const chunksizes = [1, 10, 100, 1000];
  const rates: number[] = [];

  await using pool = new Pool(2);
  await pool.map(noop, [0, 1]); // warm up: both workers are running

  // Part 1: throughput against chunksize
  for (const chunksize of chunksizes) {
    const start = time();
    await pool.map(noop, items, chunksize);
    const rate = n / (time() - start);
    rates.push(rate);
    console.log(`chunksize ${chunksize}: ${Math.round(rate)} tasks/s`);
  }

  figure();
  plot(chunksizes, rates);
  title(`Pool(2).map over ${n} no-op tasks`);
  xlabel('chunksize');
  ylabel('tasks per second');
  show();

  // Part 2: uneven tasks. With chunksize 20, worker A gets tasks 0–19 (1.9 s of work) and
  // worker B gets tasks 20–39 (5.9 s): B works alone for most of the run.
  // Small chunks: whichever worker is free takes the next task, so both finish together.
  const jobs = Array.from({ length: 40 }, (_, i) => i);
  const chunksize = 1;
  const start = time();
  await pool.map(weighted, jobs, chunksize);
  console.log(`Uneven tasks, chunksize ${chunksize}: ${(time() - start).toFixed(2)} seconds`);
}
