// Runs as a learner's program: how fast a run's first tasks go, the ones it records whole
// (arguments and results, docs/testing.md). npm run bench measures a run's later tasks (dispatch.ts
// repeats its maps), so bench/ab.mjs runs this beside it when recording changes. Each run of
// this program gives one figure of each: its 10 000 recorded tasks are spent by then.
import { Pool, time } from 'parallel';

export function noop<T>(x: T): T {
  return x;
}

function report(id: string, value: number): void {
  console.log(`BENCH ${JSON.stringify({ id, value })}`);
}

if (import.meta.main) {
  await using pool = new Pool(2);
  await pool.apply(noop, [0]); // both workers are up: the timings below are the tasks alone

  const numbers = Array.from({ length: 4000 }, (_, i) => i);
  let start = time();
  await pool.map(noop, numbers);
  report('recorded map, 4 000 numbers (tasks/s)', numbers.length / (time() - start));

  const objects = numbers.map((i) => ({ id: i, name: `item ${i}` }));
  start = time();
  await pool.map(noop, objects);
  report('recorded map, 4 000 objects (tasks/s)', objects.length / (time() - start));

  const few = numbers.slice(0, 1900);
  start = time();
  for await (const value of pool.imap(noop, few, 1)) void value;
  report('recorded imap chunksize 1, 1 900 numbers (tasks/s)', few.length / (time() - start));
}
