import { expect, test } from 'vitest';
import { whenIdle } from './when-idle';

test('work runs once the page is idle, and in a browser without requestIdleCallback (Safari) too', async () => {
  await new Promise<void>((resolve) => whenIdle(resolve));
  const idle = globalThis.requestIdleCallback;
  Reflect.deleteProperty(globalThis, 'requestIdleCallback');
  try {
    await new Promise<void>((resolve) => whenIdle(resolve));
  } finally {
    globalThis.requestIdleCallback = idle;
  }
  expect(typeof globalThis.requestIdleCallback).toBe('function');
});
