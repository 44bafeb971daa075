import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, report, task, workers } from '../test-helpers';

/** Four addMany tasks of 20 000 additions each; `last` is what each returned. */
function run(o: { last: number[]; counter: number; serial?: boolean }) {
  const tasks = o.last.map((last, i) => {
    const record = { args: [20000], result: last };
    return o.serial
      ? task(2 + i, 'addMany', 0.01 + 0.05 * i, 0.05 + 0.05 * i, true, record)
      : task(2 + i, 'addMany', 0.01 + 0.003 * i, 0.2 + 0.001 * i, true, record);
  });
  return report({
    processes: [mainProcess(0.3), ...workers(2, 4, 0.005, 0.25)],
    tasks,
    output: [
      log(1, `Last value each worker wrote: ${o.last.join(', ')}`, 0.21),
      log(1, `Counter: ${o.counter} (expected 80000)`, 0.22),
    ],
  });
}

test('the solution passes', () => {
  expect(failing(check(run({ last: [79218, 73130, 78483, 80000], counter: 80000 })))).toEqual([]);
});

test('the starter (no lock: updates lost) fails exact-count', () => {
  expect(failing(check(run({ last: [34019, 62030, 46079, 38598], counter: 46079 })))).toEqual([
    'exact-count',
  ]);
});

test('printing "Counter: 80000 (expected 80000)" with the race left in fails exact-count', () => {
  expect(failing(check(run({ last: [34019, 62030, 46079, 38598], counter: 80000 })))).toEqual([
    'exact-count',
  ]);
});

test('printing the lines without running any task fails both', () => {
  const r = run({ last: [79218, 73130, 78483, 80000], counter: 80000 });
  r.tasks = [];
  expect(failing(check(r))).toEqual(['concurrent', 'exact-count']);
});

test('running the tasks one after the other fails concurrent', () => {
  expect(failing(check(run({ last: [20000, 40000, 60000, 80000], counter: 80000, serial: true })))).toEqual([
    'concurrent',
  ]);
});
