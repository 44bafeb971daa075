// Coordination: four processes add to one shared counter. Without a lock, updates get lost.
import { Process, Queue, Value } from 'parallel';

const WORKERS = 4;
const TIMES = 20_000;

// Some work between reading and writing the counter: it widens the window in which another
// process can write in between (real code always does something there).
export let scratch = 0;
function think(): void {
  for (let k = 0; k < 1000; k++) scratch += k;
}

export async function addMany(counter: Value, times: number, queue: Queue<number>): Promise<void> {
  let added = 0;
  for (let i = 0; i < times; i++) {
    // Exercise 1: hold counter.getLock() from the read to the write (acquire, try … finally release).
    const current = counter.value; // read
    think();
    counter.value = current + 1; // write: another process may have written in between
    added++;
  }
  // Exercise 2: report `added` to the main process through the queue.
  void queue;
  void added;
}

if (import.meta.main) {
  const counter = new Value('i', 0);
  const queue = new Queue<number>();

  const processes = Array.from(
    { length: WORKERS },
    (_, i) => new Process({ target: addMany, args: [counter, TIMES, queue], name: `Adder-${i + 1}` }),
  );
  for (const p of processes) p.start();

  // Exercise 2: take one report per process from the queue, add them up and print
  // `Sum of reports: <total>`.

  for (const p of processes) await p.join();
  console.log(`Counter: ${counter.value} (expected ${WORKERS * TIMES})`);
}
