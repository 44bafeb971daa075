import { afterEach, expect, test } from 'vitest';
import { connectEvents, emit, flushEvents, type RuntimeEvent } from './events';

const channels: MessageChannel[] = [];
afterEach(() => {
  for (const { port1, port2 } of channels.splice(0)) {
    port1.close();
    port2.close();
  }
});

function spans(length: number): RuntimeEvent & { type: 'tasks' } {
  return { type: 'tasks', pid: 2, fn: 'noop', bounds: new Float64Array(length).fill(1), failedAt: -1 };
}

test('task spans are copied to the page when short, moved when long, and arrive whole', async () => {
  const channel = new MessageChannel();
  channels.push(channel);
  const events: RuntimeEvent[] = [];
  channel.port2.onmessage = ({ data }: MessageEvent<RuntimeEvent[]>) => events.push(...data);
  connectEvents({ id: 'events-test', counters: null }, channel.port1);
  const short = spans(2);
  const long = spans(1024);
  emit(short);
  emit(long);
  flushEvents();
  await expect.poll(() => events.length).toBe(2);
  expect(short.bounds.length, 'a copy leaves the sender its spans').toBe(2);
  expect(long.bounds.length, 'a long span array is moved, not copied').toBe(0);
  const arrived = events.flatMap((e) => (e.type === 'tasks' ? [Array.from(e.bounds)] : []));
  expect(arrived).toEqual([Array(2).fill(1), Array(1024).fill(1)]);
});
