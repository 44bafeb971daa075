// Coordination: four workers add to one shared counter. Without a lock, updates get lost.
import { Pool, Value } from 'parallel';

const WORKERS = 4;
const TIMES = 20_000;

// The shared counter, handed to every worker once by the pool's initializer (as in lesson 8)
let counter: Value;
export function init(shared: Value): void {
  counter = shared;
}

// Some work between reading and writing the counter: it widens the window in which another
// process can write in between (real code always does something there).
export let scratch = 0;
function think(): void {
  for (let k = 0; k < 10_000; k++) scratch += k;
}

// Adds 1 to the shared counter `times` times; returns the value it wrote last.
export function addMany(times: number): number {
  let last = 0;
  for (let i = 0; i < times; i++) {
    // Exercise: hold counter.getLock() from the read to the write (acquire, try … finally release).
    const current = counter.value; // read
    think();
    counter.value = current + 1; // write: another process may have written in between
    last = current + 1;
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
