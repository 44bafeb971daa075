// Coordination: four processes add to one shared counter, under its lock, and report back
// through a Queue.
import { Process, Queue, Value } from 'parallel';

const WORKERS = 4;
const TIMES = 20_000;

export let scratch = 0;
function think(): void {
  for (let k = 0; k < 1000; k++) scratch += k;
}

export async function addMany(counter: Value, times: number, queue: Queue<number>): Promise<void> {
  const lock = counter.getLock();
  let added = 0;
  for (let i = 0; i < times; i++) {
    lock.acquire(); // Python: with counter.get_lock():
    try {
      const current = counter.value;
      think();
      counter.value = current + 1;
    } finally {
      lock.release();
    }
    added++;
  }
  await queue.put(added);
}

if (import.meta.main) {
  const counter = new Value('i', 0);
  const queue = new Queue<number>();

  const processes = Array.from(
    { length: WORKERS },
    (_, i) => new Process({ target: addMany, args: [counter, TIMES, queue], name: `Adder-${i + 1}` }),
  );
  for (const p of processes) p.start();

  let total = 0;
  for (let i = 0; i < WORKERS; i++) total += await queue.get();
  console.log(`Sum of reports: ${total}`);

  for (const p of processes) await p.join();
  console.log(`Counter: ${counter.value} (expected ${WORKERS * TIMES})`);
}
