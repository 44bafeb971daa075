// How far can it scale? The same CPU-bound work on 1, 2, 4, … workers, against a plain loop.
import { Pool, cpuCount, time } from 'parallel';
import { figure, legend, plot, show, title, xlabel, ylabel } from 'parallel/plot';

const TASKS = 32;
const SPAN = 50_000;
const BASE = 10_000_000;

/** Counts the primes in [start, end) by trial division: pure CPU work, no memory traffic. */
export function countPrimes(start: number, end: number): number {
  let count = 0;
  for (let n = Math.max(start, 2); n < end; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) {
      if (n % d === 0) {
        prime = false;
        break;
      }
    }
    if (prime) count++;
  }
  return count;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

if (import.meta.main) {
  const tasks = Array.from({ length: TASKS }, (_, i): [number, number] => [
    BASE + i * SPAN,
    BASE + (i + 1) * SPAN,
  ]);

  // The baseline: a plain loop in the main process
  let start = time();
  const expected = sum(tasks.map(([a, b]) => countPrimes(a, b)));
  const sequential = time() - start;
  console.log(`Sequential: ${sequential.toFixed(2)} s (${expected} primes)`);

  // 1, 2, 4, … workers, up to the number of cores
  const workerCounts: number[] = [];
  for (let n = 1; n <= cpuCount(); n *= 2) workerCounts.push(n);
  if (workerCounts.at(-1) !== cpuCount()) workerCounts.push(cpuCount());

  const speedups: number[] = [];
  for (const n of workerCounts) {
    await using pool = new Pool(n);
    await pool.starmap(
      countPrimes,
      Array.from({ length: n }, (): [number, number] => [0, 1]),
    ); // warm up
    start = time();
    const total = sum(await pool.starmap(countPrimes, tasks));
    const seconds = time() - start;
    if (total !== expected) throw new Error(`Wrong total with ${n} workers: ${total}`);
    speedups.push(sequential / seconds);
    console.log(
      `Workers: ${n}, time: ${seconds.toFixed(2)} s, speed-up: ${(sequential / seconds).toFixed(2)}x`,
    );
  }

  figure();
  plot(workerCounts, speedups, { label: 'measured' });
  plot(workerCounts, workerCounts, { label: 'ideal' });
  // Amdahl: S = 1 / ((1 - p) + p / N), solved for p at the largest worker count.
  const N = workerCounts[workerCounts.length - 1] ?? 1;
  const S = speedups[speedups.length - 1] ?? 1;
  if (N > 1) {
    const p = (1 - 1 / S) / (1 - 1 / N);
    console.log(`Parallel fraction p = ${p.toFixed(3)}`);
    console.log(`Amdahl's limit with infinitely many workers: ${(1 / (1 - p)).toFixed(1)}x`);
    plot(
      workerCounts,
      workerCounts.map((n) => 1 / (1 - p + p / n)),
      { label: 'Amdahl' },
    );
  }
  title('Speed-up against workers');
  xlabel('workers');
  ylabel('speed-up');
  legend();
  show();
}
