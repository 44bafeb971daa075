import { afterEach, expect, test } from 'vitest';
import SleeperWorker from './fixtures/sleep-without-shared-memory.worker.ts?worker';
import type { SleepReply, SleepRequest } from './fixtures/sleep-without-shared-memory.worker';
import { createRun, wallMs } from './context';
import { runChannelName, type RuntimeEvent } from './events';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** Runs sleep(s) for each of `seconds` in a worker without SharedArrayBuffer; collects the run's output. */
async function sleepWithoutSharedMemory(timeScale: number, seconds: number[]) {
  const run = createRun({ workerUrl: '', program: { entry: '', files: {} }, timeScale });
  const output: { event: RuntimeEvent; arrivedAt: number }[] = [];
  const channel = new BroadcastChannel(runChannelName(run.id));
  channel.onmessage = ({ data }: MessageEvent<RuntimeEvent[]>) => {
    for (const event of data) output.push({ event, arrivedAt: wallMs() });
  };
  const worker = new SleeperWorker();
  cleanups.push(() => {
    worker.terminate();
    channel.close();
  });
  const reply = await new Promise<SleepReply>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<SleepReply>) => resolve(data);
    worker.onerror = (event) => reject(new Error(event.message));
    worker.postMessage({ run, pid: 7, seconds } satisfies SleepRequest);
  });
  await new Promise((resolve) => setTimeout(resolve, 50)); // the channel delivers asynchronously
  return { reply, output };
}

test('without SharedArrayBuffer, sleep busy-waits for seconds × the time scale', async () => {
  const { reply } = await sleepWithoutSharedMemory(0.25, [0.4, 0.2]);
  const [first, second] = reply.tookMs;
  // 0.4 s × 0.25 = 100 ms (unscaled it would be 400 ms); 0.2 s × 0.25 = 50 ms
  expect(first).toBeGreaterThanOrEqual(100);
  expect(first).toBeLessThan(300);
  expect(second).toBeGreaterThanOrEqual(50);
  expect(second).toBeLessThan(250);
});

test('the busy-wait is labelled in the output once, before the first sleep ends', async () => {
  const { reply, output } = await sleepWithoutSharedMemory(0.25, [0.4, 0.2, 0.2]);
  const labels = output.filter(({ event }) => event.type === 'output');
  expect(labels).toHaveLength(1);
  const [label] = labels;
  expect(label?.event).toMatchObject({ pid: 7, stream: 'error' });
  // The page is isolated but this worker has no SharedArrayBuffer (as in WebKitGTK): the label
  // names that, not the hosting.
  expect(label?.event.type === 'output' && label.event.text).toMatch(
    /busy-waiting because this browser has no SharedArrayBuffer/,
  );
  // The learner sees why the worker is busy while it waits, not after: the label goes out
  // before the 100 ms busy-wait, so it arrives well before the three sleeps (200 ms) end.
  expect(label?.arrivedAt).toBeLessThan(reply.endedAt - 100);
});
