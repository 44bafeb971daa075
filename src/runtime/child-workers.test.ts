import { expect, test } from 'vitest';
import workerUrl from './worker/process.worker.ts?worker&url';
import { startChildWorkersAhead, takeChildWorker } from './child-workers';

const missingUrl = new URL('./no-such-worker.js', location.href).href;

test('a worker started ahead is handed out once; then each child gets a new one', () => {
  startChildWorkersAhead(workerUrl, 1);
  const ahead = takeChildWorker(workerUrl, 'first');
  const fresh = takeChildWorker(workerUrl, 'second');
  expect(fresh).not.toBe(ahead);
  startChildWorkersAhead(workerUrl, 1);
  const next = takeChildWorker(workerUrl, 'third');
  expect([ahead, fresh]).not.toContain(next);
  for (const worker of [ahead, fresh, next]) worker.terminate();
});

test('a worker started ahead whose script failed to load is never handed out', async () => {
  startChildWorkersAhead(missingUrl, 1);
  const probe = new Worker(missingUrl, { type: 'module' });
  // The probe fails as the worker started ahead does; a moment later that one has failed too.
  await new Promise((resolve) => probe.addEventListener('error', resolve, { once: true }));
  await new Promise((resolve) => setTimeout(resolve, 500));
  const handedOut = takeChildWorker(missingUrl, 'after the failure');
  const failed = await new Promise<boolean>((resolve) => {
    handedOut.addEventListener('error', () => resolve(true), { once: true });
    setTimeout(() => resolve(false), 5000);
  });
  // A worker created now fails on its own, after it was handed out, where spawn.ts hears it.
  expect(failed).toBe(true);
  startChildWorkersAhead(workerUrl, 0);
});
