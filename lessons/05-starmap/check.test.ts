import { expect, test } from 'vitest';
import check from './check';
import { at, failing, log, mainProcess, report, schedule, workers } from '../test-helpers';
import type { OutputLine } from '../../src/sandbox/report';

const lab = [
  [1, 10, 1],
  [2, 15, 2],
  [3, 10, 3],
  [4, 20, 4],
  [5, 25, 5],
];
const orders = [3, 6, 9, 12, 15, 18].map((v, i) => [i + 1, v, at([2, 2, 3, 3, 4, 4], i)]);

function run(exercise: 'solved' | 'none' | 'map') {
  const first = schedule('processData', Array(5).fill(0.05) as number[], { pids: [2, 3, 4], start: 0.04 });
  const output: OutputLine[] = lab.map(([id, v, m], i) =>
    log(at(first.worker, i), `Processing item ${id}: ${v} with multiplier ${m}`, at(first.tasks, i).start),
  );
  output.push(log(1, 'Results: [10, 30, 30, 80, 125]', first.end + 0.002));
  let tasks = first.tasks;
  let end = first.end + 0.01;
  if (exercise !== 'none') {
    const second = schedule('processData', Array(6).fill(0.05) as number[], { pids: [2, 3, 4], start: end });
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
