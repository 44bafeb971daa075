import { afterEach, beforeEach, expect, test } from 'vitest';
import * as tasks from '../fixtures/tasks';
import { startTestRun, type TestRun } from '../test-support';
import { Lock, Pool, Process, Queue, SharedArray, Value } from '../index';

const tasksUrl = new URL('../fixtures/tasks.ts', import.meta.url).href;
let run: TestRun;
beforeEach(() => {
  run = startTestRun({ [tasksUrl]: tasks });
});
afterEach(() => run.close());

test('a SharedArray passed to pool tasks is the same memory in every worker', async () => {
  const array = new SharedArray('d', 1000);
  await using pool = new Pool(2);
  await pool.starmap(tasks.fillSquares, [
    [array, 0, 500],
    [array, 500, 1000],
  ]);
  expect(array.get(999)).toBe(999 * 999);
  expect(array.toArray().slice(0, 4)).toEqual([0, 1, 4, 9]);
});

test('N workers incrementing one Value under its lock give exactly N × 10 000', async () => {
  const counter = new Value('i', 0);
  const workers = 4;
  const processes = Array.from(
    { length: workers },
    () => new Process({ target: tasks.countUnderLock, args: [counter, 10_000] }),
  );
  processes.forEach((p) => p.start());
  await Promise.all(processes.map((p) => p.join()));
  expect(processes.map((p) => p.exitCode)).toEqual([0, 0, 0, 0]);
  expect(counter.value).toBe(workers * 10_000);
});

test('a Lock gives mutual exclusion and times out when held', () => {
  const lock = new Lock();
  expect(lock.acquire()).toBe(true);
  expect(lock.acquire(0)).toBe(false);
  lock.release();
  expect(() => lock.release()).toThrow(/not held/);
});

test('a Queue carries items from several workers', async () => {
  const queue = new Queue<string>();
  await using pool = new Pool(2);
  await pool.starmap(tasks.putMany, [
    [queue, 'a', 5],
    [queue, 'b', 5],
  ]);
  expect(queue.qsize()).toBe(10);
  const items: string[] = [];
  for (let i = 0; i < 10; i++) items.push(await queue.get());
  expect(items.sort()).toEqual(['a-0', 'a-1', 'a-2', 'a-3', 'a-4', 'b-0', 'b-1', 'b-2', 'b-3', 'b-4']);
  await expect(queue.get(0.05)).rejects.toThrow(/timed out/);
});

test('typecodes are checked, and Q/q hold integers beyond 2^53 as numbers', () => {
  expect(() => new SharedArray('x' as never, 3)).toThrow(/Unknown typecode "x"/);
  const big = new SharedArray('q', [1, 2]);
  expect(big.get(1)).toBe(2);
  expect(() => big.get(2)).toThrow(/out of range/);
});
