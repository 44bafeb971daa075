import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, report, task, workers } from '../test-helpers';
import type { OutputLine, TaskSpan } from '../../src/sandbox/report';

const s = 0.05;

function run(o: { job1?: string; job2?: string; job3?: 'unordered' | 'map' | 'none' }) {
  const tasks: TaskSpan[] = [];
  const output: OutputLine[] = [];
  if (o.job1) {
    tasks.push(...[2, 3, 4, 2].map((pid, i) => task(pid, 'area', 0.05 + 0.001 * i, 0.051 + 0.001 * i)));
  }
  output.push(log(1, `Areas: ${o.job1 ?? '[]'}`, 0.06));
  if (o.job2) {
    tasks.push(...[2, 3, 4, 2].map((pid, i) => task(pid, 'toCelsius', 0.07 + 0.001 * i, 0.071 + 0.001 * i)));
  }
  output.push(log(1, `Celsius: ${o.job2 ?? '[]'}`, 0.08), log(1, '3 files to download', 0.081));
  if (o.job3 && o.job3 !== 'none') {
    const spans = [
      task(2, 'download', 0.09, 0.09 + 3 * s),
      task(3, 'download', 0.09, 0.09 + s),
      task(4, 'download', 0.09, 0.09 + 2 * s),
    ];
    tasks.push(...spans);
    const names = ['big.bin', 'small.txt', 'medium.png'];
    if (o.job3 === 'unordered') {
      spans
        .map((sp, i) => ({ t: sp.end + 0.001, name: names[i] ?? '' }))
        .sort((a, b) => a.t - b.t)
        .forEach(({ t, name }) => output.push(log(1, `Arrived: ${name}`, t)));
    } else {
      names.forEach((name) => output.push(log(1, `Arrived: ${name}`, 0.09 + 3 * s + 0.002)));
    }
  }
  return report({ processes: [mainProcess(0.4), ...workers(2, 3, 0.01, 0.3)], tasks, output });
}

test('the solution passes', () => {
  expect(
    failing(check(run({ job1: '[12, 25, 14, 18]', job2: '[0, 100, 37, 10]', job3: 'unordered' }))),
  ).toEqual([]);
});

test('the starter fails all three jobs', () => {
  expect(failing(check(run({ job3: 'none' })))).toEqual(['job1-starmap', 'job2-partial', 'job3-as-ready']);
});

test('map instead of starmap (NaN) and map for the downloads fail', () => {
  expect(
    failing(check(run({ job1: '[NaN, NaN, NaN, NaN]', job2: '[0, 100, 37, 10]', job3: 'map' }))),
  ).toEqual(['job1-starmap', 'job3-as-ready']);
});

test('Celsius computed in the main process fails job2-partial', () => {
  const r = run({ job1: '[12, 25, 14, 18]', job2: '[0, 100, 37, 10]', job3: 'unordered' });
  r.tasks = r.tasks.filter((t) => t.fn !== 'toCelsius');
  expect(failing(check(r))).toEqual(['job2-partial']);
});
