// Runs as a learner's program (in the main-process worker, through the sandbox), so the figures
// are what a learner's Pool gets. Prints one "BENCH {json}" line per figure.
import { Pool, time } from 'parallel';

export function noop(x: number): number {
  return x;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? NaN;
}

async function timed(runs: number, warmups: number, body: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < warmups; i++) await body();
  const seconds: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = time();
    await body();
    seconds.push(time() - start);
  }
  return median(seconds);
}

/** One round trip to a bare worker that runs `answer` on each message and posts what it returns. */
async function echoRoundTripSeconds(message: () => unknown, answer: string): Promise<number> {
  const source = `onmessage = ({ data }) => postMessage(${answer});`;
  const echo = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
  const once = () =>
    new Promise<void>((resolve) => {
      echo.onmessage = () => resolve();
      echo.postMessage(message());
    });
  const seconds = await timed(2000, 200, once);
  echo.terminate();
  return seconds;
}

/** The floor of one round trip: the number 1 there and back. */
const rawRoundTripSeconds = () => echoRoundTripSeconds(() => 1, 'data');

/**
 * The floor for Pool.apply's own messages: what one apply(noop, [1]) posts and gets back (the
 * shapes of OneTaskRequest and OneTaskReply in src/runtime/worker/task-messages.ts), echoed by a
 * bare worker that runs no code of ours. How far it lies above the raw figure is the cost of the
 * messages' shapes alone; how far apply() lies above it, the cost of our code on both sides.
 */
function applyMessagesRoundTripSeconds(): Promise<number> {
  let id = 0;
  const request = () => ['parallel-lab:task', id++, 1, true, [1]];
  return echoRoundTripSeconds(request, '[data[0], data[1], 1, performance.now(), performance.now()]');
}

function report(id: string, value: number, peers: Record<string, number> = {}): void {
  console.log(`BENCH ${JSON.stringify({ id, value, peers })}`);
}

if (import.meta.main) {
  await using pool = new Pool(2);
  const items = Array.from({ length: 100_000 }, (_, i) => i);
  const mapSeconds = await timed(15, 3, () => pool.map(noop, items));
  report('pool-map-100k-noop', items.length / mapSeconds);

  const imapItems = Array.from({ length: 20_000 }, (_, i) => i);
  const imapSeconds = await timed(5, 1, async () => {
    for await (const value of pool.imap(noop, imapItems, 1)) void value;
  });
  report('pool-imap-chunksize-1', imapItems.length / imapSeconds);

  const raw = await rawRoundTripSeconds();
  const shaped = await applyMessagesRoundTripSeconds();
  const apply = await timed(2000, 200, () => pool.apply(noop, [1]));
  report('pool-apply-round-trip', apply * 1e6, {
    'raw postMessage round trip': raw * 1e6,
    "apply's two messages echoed by a bare worker": shaped * 1e6,
  });
}
