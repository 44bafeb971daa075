// Lesson 03's start, as a learner's program: the run's first Pool(2). Prints how long it took
// from new Pool(2) to both workers running code, as a "BENCH {json}" line.
import { Pool, SharedArray, time } from 'parallel';

/** A pool worker's initializer: notes when this worker could first run code. */
export function ready(count: SharedArray, times: SharedArray): void {
  const slot = Atomics.add(count.view as Int32Array, 0, 1);
  times.set(slot, time());
}

if (import.meta.main) {
  const count = new SharedArray('i', 1);
  const times = new SharedArray('d', 2);
  const askedAt = time();
  await using pool = new Pool(2, { initializer: ready, initargs: [count, times] });
  // Both initializers have run once the count reaches 2; a task could go to either worker.
  while (count.get(0) < 2) await new Promise((resolve) => setTimeout(resolve, 1));
  const ms = (Math.max(times.get(0), times.get(1)) - askedAt) * 1000;
  console.log(`BENCH ${JSON.stringify({ id: 'pool2-ready', value: ms, peers: {} })}`);
  void pool;
}
