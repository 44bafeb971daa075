import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, proc, report } from '../test-helpers';

function run(o: { count: number; sum?: number; serial?: boolean }) {
  const processes = [0, 1, 2, 3].map((i) =>
    o.serial
      ? proc(2 + i, 0.01 + 0.05 * i, 0.05 + 0.05 * i, { name: `Adder-${i + 1}` })
      : proc(2 + i, 0.01 + 0.003 * i, 0.2 + 0.001 * i, { name: `Adder-${i + 1}` }),
  );
  return report({
    processes: [mainProcess(0.25), ...processes],
    output: [
      ...(o.sum === undefined ? [] : [log(1, `Sum of reports: ${o.sum}`, 0.2)]),
      log(1, `Counter: ${o.count} (expected 80000)`, 0.21),
    ],
  });
}

test('the solution passes', () => {
  expect(failing(check(run({ count: 80000, sum: 80000 })))).toEqual([]);
});

test('the starter (no lock, no queue) fails exact-count and queue-sum', () => {
  expect(failing(check(run({ count: 31877 })))).toEqual(['exact-count', 'queue-sum']);
});

test('a lock but no queue fails queue-sum', () => {
  expect(failing(check(run({ count: 80000 })))).toEqual(['queue-sum']);
});

test('running the processes one after the other fails concurrent', () => {
  expect(failing(check(run({ count: 80000, sum: 80000, serial: true })))).toEqual(['concurrent']);
});
