import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, report, task, workers } from '../test-helpers';

function run(size: number, ceil: boolean) {
  const chunk = ceil ? Math.ceil(size / 4) : Math.floor(size / 4);
  const bounds = [0, 1, 2, 3].map((i) => [
    i * chunk,
    ceil ? Math.min((i + 1) * chunk, size) : (i + 1) * chunk,
  ]);
  const tasks = [0, 1, 2, 3].map((i) => task(2 + i, 'processChunk', 0.06, 0.07 + 0.001 * i));
  const last3 = [size - 3, size - 2, size - 1].map((i) => (ceil || i < 4 * chunk ? i * i : i));
  const all = ceil || 4 * chunk === size;
  return report({
    processes: [mainProcess(0.2), ...workers(2, 4, 0.02, 0.08)],
    tasks,
    output: [
      log(1, `Array initialized with size ${size}`, 0.01),
      log(1, 'First 5 elements: [0, 1, 2, 3, 4]', 0.01),
      log(1, 'Starting parallel processing...', 0.011),
      log(1, 'Processing completed in 0.07 seconds', 0.09),
      log(1, 'First 5 elements after processing: [0, 1, 4, 9, 16]', 0.09),
      log(1, `Results summary: [${bounds.map(([a, b]) => `[${a}, ${b}]`).join(', ')}]`, 0.09),
      log(1, `Last 3 elements after processing: [${last3.join(', ')}]`, 0.091),
      log(1, `All squared: ${String(all)}`, 0.1),
    ],
  });
}

test('the solution passes', () => {
  expect(failing(check(run(1_000_003, true)))).toEqual([]);
});

test("the starter (the lab's size) fails covers-all and remainder", () => {
  expect(failing(check(run(1_000_000, false)))).toEqual(['covers-all', 'remainder']);
});

test('a new size with the same floor chunks fails covers-all and remainder', () => {
  expect(failing(check(run(1_000_003, false)))).toEqual(['covers-all', 'remainder']);
});
