import { expect, test } from 'vitest';
import check from './check';
import { at, failing, log, mainProcess, report, schedule, workers } from '../test-helpers';
import type { OutputLine } from '../../src/sandbox/report';

const lab = [
  [1, 5, 2],
  [2, 10, 3],
  [3, 15, 2],
  [4, 20, 4],
  [5, 25, 5],
];
const orders = [3, 6, 9, 12, 15, 18].map((v, i) => [i + 1, v, at([2, 2, 3, 3, 4, 4], i)]);
const product = (args: number[]) => at(args, 1) * at(args, 2);

function run(exercise: 'solved' | 'none' | 'map') {
  const first = schedule('processData', Array(5).fill(0.05) as number[], {
    pids: [2, 3, 4],
    start: 0.04,
    records: lab.map((args) => ({ args, result: product(args) })),
  });
  const output: OutputLine[] = lab.map(([id, v, m], i) =>
    log(at(first.worker, i), `Processing item ${id}: ${v} with multiplier ${m}`, at(first.tasks, i).start),
  );
  output.push(log(1, 'Results: [10, 30, 30, 80, 125]', first.end + 0.002));
  let tasks = first.tasks;
  let end = first.end + 0.01;
  if (exercise !== 'none') {
    // map would send each whole list as one argument: processData([1, 3, 2]) returns NaN (null).
    const records = orders.map((args) =>
      exercise === 'map' ? { args: [args], result: null } : { args, result: product(args) },
    );
    const second = schedule('processData', Array(6).fill(0.05) as number[], {
      pids: [2, 3, 4],
      start: end,
      records,
    });
    tasks = [...tasks, ...second.tasks];
    orders.forEach(([id, v, m], i) => {
      const text =
        exercise === 'map'
          ? `Processing item ${id},${v},${m}: undefined with multiplier undefined`
          : `Processing item ${id}: ${v} with multiplier ${m}`;
      output.push(log(at(second.worker, i), text, at(second.tasks, i).start));
    });
    const totals = exercise === 'map' ? '[NaN, NaN, NaN, NaN, NaN, NaN]' : '[6, 12, 27, 36, 60, 72]';
    output.push(log(1, `Order totals: ${totals}`, second.end + 0.002));
    end = second.end + 0.01;
  }
  return report({ processes: [mainProcess(end), ...workers(2, 3, 0.01, end)], tasks, output });
}

test('the solution passes', () => {
  expect(failing(check(run('solved')))).toEqual([]);
});

test('the starter fails the exercise verdicts', () => {
  expect(failing(check(run('none')))).toEqual(['arguments-arrived', 'order-totals']);
});

test('map instead of starmap fails', () => {
  expect(failing(check(run('map')))).toEqual(['arguments-arrived', 'order-totals']);
});

test('the main process printing every line with no pool fails', () => {
  const printed = run('solved');
  printed.tasks = [];
  printed.processes = [mainProcess(1)];
  printed.output = printed.output.map((l) => ({ ...l, pid: 1 }));
  expect(failing(check(printed))).toEqual(['lab-results', 'arguments-arrived', 'order-totals']);
});

test('the totals typed in by hand before the tasks ended fail order-totals', () => {
  const early = run('solved');
  early.output = early.output.map((l) => (l.text.startsWith('Order totals') ? { ...l, t: 0.001 } : l));
  expect(failing(check(early))).toEqual(['order-totals']);
});
