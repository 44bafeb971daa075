// Coordination: four workers add to one shared counter, under its lock: no update is lost.
import { Pool, Value } from 'parallel';

const WORKERS = 4;
const TIMES = 20_000;

// The shared counter, handed to every worker once by the pool's initializer (as in lesson 8)
let counter: Value;
export function init(shared: Value): void {
  counter = shared;
}

export let scratch = 0;
function think(): void {
  for (let k = 0; k < 10_000; k++) scratch += k;
}

// Adds 1 to the shared counter `times` times; returns the value it wrote last.
export function addMany(times: number): number {
  const lock = counter.getLock();
  let last = 0;
  for (let i = 0; i < times; i++) {
    lock.acquire(); // Python: with counter.get_lock():
    try {
      const current = counter.value;
      think();
      counter.value = current + 1;
      last = current + 1;
    } finally {
      lock.release();
    }
  }
  return last;
}

if (import.meta.main) {
  const shared = new Value('i', 0);
  {
    await using pool = new Pool(WORKERS, { initializer: init, initargs: [shared] });
    const lastWritten = await pool.map(addMany, Array<number>(WORKERS).fill(TIMES));
    console.log(`Last value each worker wrote: ${lastWritten.join(', ')}`);
  }
  console.log(`Counter: ${shared.value} (expected ${WORKERS * TIMES})`);
}
