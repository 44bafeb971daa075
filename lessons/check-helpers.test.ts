import { expect, test } from 'vitest';
import {
  busiest,
  familyOf,
  processesRunning,
  sameValue,
  showTasks,
  showValue,
  subprocessPids,
  tasksMaking,
} from './check-helpers';
import { mainProcess, proc, report, task } from './test-helpers';

test('sameValue compares recorded values deeply, and tells arrays, objects and numbers apart', () => {
  expect(sameValue([1, 2, [1, 2, 3]], [1, 2, [1, 2, 3]])).toBe(true);
  expect(sameValue({ configA: 10, configB: 5 }, { configB: 5, configA: 10 })).toBe(true);
  expect(sameValue([1, 2, [1, 2, 3]], [1, 2, [1, 2, 4]])).toBe(false);
  expect(sameValue([1, 2], [1, 2, 3])).toBe(false);
  expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  expect(sameValue([1], { 0: 1 })).toBe(false);
  expect(sameValue('1', 1)).toBe(false);
  expect(sameValue(undefined, null)).toBe(false);
});

test('tasksMaking matches each call to its own task, by arguments and result', () => {
  const tasks = [
    task(2, 'square', 0, 1, true, { args: [2], result: 4 }),
    task(3, 'square', 0, 1, true, { args: [1], result: 1 }),
    task(2, 'square', 1, 2, false, { args: [3], error: { error: 'Error', message: 'x' } }),
  ];
  expect(tasksMaking(tasks, [{ args: [1], result: 1 }, { args: [2] }])).toEqual([tasks[1], tasks[0]]);
  // One task cannot make two calls; a failed task makes none; a wrong result is no match.
  expect(tasksMaking(tasks, [{ args: [1] }, { args: [1] }])).toBeNull();
  expect(tasksMaking(tasks, [{ args: [3] }])).toBeNull();
  expect(tasksMaking(tasks, [{ args: [2], result: 5 }])).toBeNull();
  // A span the runtime recorded without arguments proves nothing.
  expect(tasksMaking([task(2, 'square', 0, 1)], [{ args: [1] }])).toBeNull();
});

test('processesRunning finds the children by their target', () => {
  const run = report({
    processes: [mainProcess(2), proc(2, 0, 1, { target: 'worker', args: ['Alice'] }), proc(3, 0, 1)],
  });
  expect(processesRunning(run, 'worker').map((p) => p.pid)).toEqual([2]);
});

test('values and tasks read as a learner writes them', () => {
  expect(showValue([1, 'a', [2], { configA: 10 }, null])).toBe("[1, 'a', [2], { configA: 10 }, null]");
  expect(showTasks([task(2, 'square', 0, 1, true, { args: [3], result: 9 })])).toBe('square(3) → 9');
  expect(showTasks([])).toBe('none');
});

test('subprocessPids finds the programs subprocess.run started and their workers, and nothing else', () => {
  const run = report({
    processes: [
      mainProcess(9),
      proc(2, 0, 1, { name: 'PoolWorker-1' }),
      proc(3, 1, 4, { name: 'MainProcess' }),
      proc(4, 1.1, 3.9, { ppid: 3, name: 'PoolWorker-1' }),
      proc(5, 1.1, 3.9, { ppid: 4, name: 'Process-1' }),
      proc(6, 5, 6, { name: 'MainProcess', exitCode: 1 }),
    ],
  });
  expect([...subprocessPids(run)].sort()).toEqual([3, 4, 5, 6]);
  expect([...familyOf(run, 3)].sort()).toEqual([3, 4, 5]);
});

test('busiest counts the most tasks one process ran', () => {
  expect(busiest([task(2, 'f', 0, 1), task(3, 'f', 0, 1), task(2, 'f', 1, 2)])).toBe(2);
  expect(busiest([])).toBe(0);
});
