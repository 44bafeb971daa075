import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, report, task, workers } from '../test-helpers';
import type { Value } from '../../src/sandbox/report';

const shared: Value = { shared: 'd', length: 1000000 };
const ranges = [0, 1, 2, 3].map((i) => [i * 250000, (i + 1) * 250000]);

function run(o: { initializer: boolean; squared?: boolean }) {
  const fn = o.initializer ? 'processInheritedChunk' : 'processArrayChunk';
  const tasks = ranges.map((range, i) =>
    task(2 + i, fn, 0.06, 0.07 + 0.001 * i, true, {
      args: o.initializer ? range : [shared, ...range],
      result: range,
    }),
  );
  const first = o.squared === false ? '[0, 1, 2, 3, 4]' : '[0, 1, 4, 9, 16]';
  return report({
    processes: [mainProcess(0.2), ...workers(2, 4, 0.02, 0.08)],
    tasks,
    output: [
      log(1, 'Array initialized with size 1000000', 0.01),
      log(1, 'First 5 elements: [0, 1, 2, 3, 4]', 0.01),
      log(1, 'Starting parallel processing...', 0.011),
      ...ranges.map(([a, b], i) => log(2 + i, `Processing chunk from index ${a} to ${b}`, 0.06)),
      log(1, 'Processing completed in 0.07 seconds', 0.08),
      log(1, `First 5 elements after processing: ${first}`, 0.09),
      log(1, 'Results summary: [[0, 250000], [250000, 500000], [500000, 750000], [750000, 1000000]]', 0.09),
    ],
  });
}

test('the solution (through the initializer) passes', () => {
  expect(failing(check(run({ initializer: true })))).toEqual([]);
});

test("the starter (the lab's plan: the array in every task's arguments) fails through-initializer", () => {
  expect(failing(check(run({ initializer: false })))).toEqual(['through-initializer']);
});

test('tasks that did not square the array fail squared-in-place', () => {
  expect(failing(check(run({ initializer: true, squared: false })))).toEqual(['squared-in-place']);
});

test('the main process printing every line, with no pool, fails both verdicts', () => {
  const printed = run({ initializer: true });
  printed.tasks = [];
  printed.processes = [mainProcess(0.2)];
  printed.output = printed.output.map((l) => ({ ...l, pid: 1 }));
  expect(failing(check(printed))).toEqual(['squared-in-place', 'through-initializer']);
});

test('chunks that leave out the end of the array fail squared-in-place', () => {
  const short = run({ initializer: true });
  short.tasks = short.tasks.map((t, i) =>
    i === 3 ? { ...t, args: [750000, 999999], result: [750000, 999999] } : t,
  );
  expect(failing(check(short))).toEqual(['squared-in-place', 'through-initializer']);
});
