// The machine comes first (docs/budgets.md): a bench figure means nothing if a neighbour holds a core.
// One CPU-bound thread alone, then two at once: on a quiet 2-core machine the two finish in the
// time one takes (capacity ≈ 2.0×); a busy one makes them share (capacity → 1.0×).
import { Worker } from 'node:worker_threads';

// About 0.3 s of floating-point work on this VM: long enough to swamp thread start-up (~10 ms).
const spin = `
const { parentPort } = require('node:worker_threads');
let x = 0;
const start = performance.now();
for (let i = 0; i < 60_000_000; i++) x += Math.sqrt(i);
parentPort.postMessage({ ms: performance.now() - start, x });
`;

function spinOnce() {
  return new Promise((resolve, reject) => {
    const worker = new Worker(spin, { eval: true });
    worker.once('message', ({ ms }) => resolve(ms));
    worker.once('error', reject);
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

/** { alone, together (ms), capacity (×) }: median of 3 rounds of each. */
export async function parallelCapacity() {
  const alone = [];
  const together = [];
  for (let round = 0; round < 3; round++) {
    alone.push(await spinOnce());
    together.push(Math.max(...(await Promise.all([spinOnce(), spinOnce()]))));
  }
  const one = median(alone);
  const two = median(together);
  return { alone: one, together: two, capacity: (2 * one) / two };
}
