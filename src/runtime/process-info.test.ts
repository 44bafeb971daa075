import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import * as tasks from './fixtures/tasks';
import { startTestRun, type TestRun } from './test-support';
import { Pool, cpuCount, currentProcess, getpid, getppid, time } from './index';

const tasksUrl = new URL('./fixtures/tasks.ts', import.meta.url).href;
const brokenUrl = new URL('./fixtures/broken-in-children.ts', import.meta.url).href;
let run: TestRun;
afterEach(() => run.close());

describe('process identity', () => {
  beforeEach(() => {
    run = startTestRun({ [tasksUrl]: tasks });
  });

  test('getpid, getppid and currentProcess tell which process runs', async () => {
    expect([getpid(), getppid()]).toEqual([1, 0]);
    expect(currentProcess()).toEqual({ pid: 1, name: 'MainProcess' });
    await using pool = new Pool(2);
    const who = await pool.map(tasks.whoami, [1, 2, 3, 4], 1);
    expect(who.every((w) => pool.pids.includes(w.pid))).toBe(true);
    expect(who.every((w) => /^PoolWorker-\d+$/.test(w.name))).toBe(true);
  });

  test("cpuCount is the browser's core count and time() is wall-clock seconds", () => {
    expect(cpuCount()).toBe(navigator.hardwareConcurrency);
    expect(Math.abs(time() - Date.now() / 1000)).toBeLessThan(1);
  });
});

describe('a worker that cannot import the program', () => {
  // Imported once a run exists: the module asks for its pid at the top level.
  let broken: typeof import('./fixtures/broken-in-children');
  beforeEach(async () => {
    run = startTestRun({});
    broken = await import('./fixtures/broken-in-children');
    run.close();
    run = startTestRun({ [brokenUrl]: broken });
  });

  test("fails the pool's tasks with the import error instead of hanging, and says so", async () => {
    const pool = new Pool(2);
    const error = await pool.map(broken.work, [1, 2]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferenceError);
    expect((error as Error).message).toMatch(/settings\.json is missing in worker \d+/);
    expect(() => pool.applyAsync(broken.work, [1])).toThrow(/settings\.json/);
    await run.settle();
    const printed = run.events.filter((e) => e.type === 'output' && e.stream === 'error');
    expect(printed.some((e) => 'text' in e && /failed to start/.test(e.text))).toBe(true);
    pool.terminate();
  });
});
