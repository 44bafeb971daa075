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

test("a batch's short spans arrive as views of one array, each with its own numbers", async () => {
  const channel = new MessageChannel();
  channels.push(channel);
  const events: RuntimeEvent[] = [];
  channel.port2.onmessage = ({ data }: MessageEvent<RuntimeEvent[]>) => events.push(...data);
  connectEvents({ id: 'events-test', counters: null }, channel.port1);
  const sent = Array.from({ length: 5 }, (_, i) => {
    const event = spans(2 + i);
    event.bounds.forEach((_, k) => (event.bounds[k] = 100 * i + k));
    return event;
  });
  const output: RuntimeEvent = { type: 'output', pid: 2, stream: 'log', text: 'between', t: 0 };
  emit(sent[0] as RuntimeEvent);
  emit(output);
  // After the first, task events wait for the window's end (no flush here), and go as one batch.
  for (const event of sent.slice(1)) emit(event);
  await expect.poll(() => events.length).toBe(6);
  const tasks = events.flatMap((e) => (e.type === 'tasks' ? [e.bounds] : []));
  expect(tasks.map((bounds) => Array.from(bounds))).toEqual(sent.map((e) => Array.from(e.bounds)));
  expect(new Set(tasks.slice(1).map((bounds) => bounds.buffer)).size, 'one buffer for the batch').toBe(1);
  expect(events.some((e) => e.type === 'output' && e.text === 'between')).toBe(true);
  expect(sent[1]?.bounds.length, 'the sender keeps its spans').toBe(3);
});
