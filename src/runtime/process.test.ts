import { afterEach, beforeEach, expect, test } from 'vitest';
import * as tasks from './fixtures/tasks';
import { startTestRun, type TestRun } from './test-support';
import { Process, PicklingError } from './index';

const tasksUrl = new URL('./fixtures/tasks.ts', import.meta.url).href;
let run: TestRun;
beforeEach(() => {
  run = startTestRun({ [tasksUrl]: tasks });
});
afterEach(() => run.close());

test('a Process runs its target with its args, and reports start and exit', async () => {
  const p = new Process({ target: tasks.greet, args: ['Alice'], name: 'greeter' });
  expect(p.pid).toBeNull();
  expect(p.exitCode).toBeNull();
  p.start();
  expect(p.pid).toBeGreaterThanOrEqual(2);
  expect(p.isAlive()).toBe(true);
  await p.join();
  expect(p.exitCode).toBe(0);
  expect(p.isAlive()).toBe(false);
  await run.settle();
  expect(run.events).toContainEqual(
    expect.objectContaining({ type: 'output', pid: p.pid, text: `hello Alice from ${p.pid}` }),
  );
  expect(run.events).toContainEqual(
    expect.objectContaining({ type: 'process-start', pid: p.pid, ppid: 1, name: 'greeter' }),
  );
  expect(run.events).toContainEqual(
    expect.objectContaining({ type: 'process-exit', pid: p.pid, exitCode: 0 }),
  );
});

test('pids count upward per run', async () => {
  const a = new Process({ target: tasks.square, args: [1] });
  const b = new Process({ target: tasks.square, args: [2] });
  a.start();
  b.start();
  expect((b.pid ?? 0) - (a.pid ?? 0)).toBe(1);
  await Promise.all([a.join(), b.join()]);
});

test('a target that throws exits with code 1 and prints its traceback', async () => {
  const p = new Process({ target: tasks.crash });
  p.start();
  await p.join();
  expect(p.exitCode).toBe(1);
  await run.settle();
  const printed = run.events.find((e) => e.type === 'output' && e.pid === p.pid && e.stream === 'error');
  expect(printed && 'text' in printed ? printed.text : '').toMatch(/TypeError: target failed/);
});

test('terminate() ends it at once with exit code -15, even in an endless loop', async () => {
  const p = new Process({ target: tasks.spin });
  p.start();
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(p.isAlive()).toBe(true);
  p.terminate();
  await p.join();
  expect(p.exitCode).toBe(-15);
});

test('join(timeout) returns after the timeout while the process runs on', async () => {
  const p = new Process({ target: tasks.nap, args: [0.5] });
  p.start();
  await p.join(0.05);
  expect(p.isAlive()).toBe(true);
  await p.join();
  expect(p.exitCode).toBe(0);
});

test('a process that closes itself is noticed, with exit code -9', async () => {
  const p = new Process({ target: tasks.closeItself });
  p.start();
  await p.join();
  expect(p.exitCode).toBe(-9);
});

test('an arrow target is refused at start() with the fix; args must be an array', () => {
  const p = new Process({ target: () => 1 });
  expect(() => p.start()).toThrow(PicklingError);
  expect(() => new Process({ target: tasks.greet, args: 'Alice' as never })).toThrow(/args must be an array/);
});

test('a process cannot be started twice, nor joined before start', async () => {
  const p = new Process({ target: tasks.square, args: [2] });
  await expect(p.join()).rejects.toThrow(/never started/);
  p.start();
  expect(() => p.start()).toThrow(/only be started once/);
  await p.join();
});
