import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, report, task, workers } from '../test-helpers';
import type { OutputLine, TaskSpan } from '../../src/sandbox/report';

const s = 0.05;
const rooms = [
  [3, 4],
  [5, 5],
  [2, 7],
  [6, 3],
];
const temperatures = [32, 212, 98.6, 50];
const celsius = [0, 100, 37, 10];

function run(o: {
  job1?: 'starmap' | 'printed';
  job2?: 'partial' | 'printed';
  job3?: 'unordered' | 'map' | 'printed';
}) {
  const tasks: TaskSpan[] = [];
  const output: OutputLine[] = [];
  if (o.job1 === 'starmap') {
    rooms.forEach(([w = 0, h = 0], i) =>
      tasks.push(
        task(2 + (i % 3), 'area', 0.05 + 0.001 * i, 0.051 + 0.001 * i, true, { args: [w, h], result: w * h }),
      ),
    );
  }
  output.push(log(1, `Areas: ${o.job1 ? '[12, 25, 14, 18]' : '[]'}`, 0.06));
  if (o.job2 === 'partial') {
    temperatures.forEach((f, i) =>
      tasks.push(
        task(2 + (i % 3), 'toCelsius', 0.07 + 0.001 * i, 0.071 + 0.001 * i, true, {
          args: [f, 1],
          result: celsius[i] ?? 0,
        }),
      ),
    );
  }
  output.push(
    log(1, `Celsius: ${o.job2 ? '[0, 100, 37, 10]' : '[]'}`, 0.08),
    log(1, '3 files to download', 0.081),
  );
  const names = ['big.bin', 'small.txt', 'medium.png'];
  if (o.job3 === 'unordered' || o.job3 === 'map') {
    const spans = [0.09 + 3 * s, 0.09 + s, 0.09 + 2 * s].map((end, i) =>
      task(2 + i, 'download', 0.09, end, true, { args: [[names[i] ?? '', 3 - i]], result: names[i] ?? '' }),
    );
    tasks.push(...spans);
    if (o.job3 === 'unordered') {
      spans
        .map((sp) => ({ t: sp.end + 0.001, name: String(sp.result) }))
        .sort((a, b) => a.t - b.t)
        .forEach(({ t, name }) => output.push(log(1, `Arrived: ${name}`, t)));
    } else {
      names.forEach((name) => output.push(log(1, `Arrived: ${name}`, 0.09 + 3 * s + 0.002)));
    }
  }
  if (o.job3 === 'printed') {
    ['small.txt', 'medium.png', 'big.bin'].forEach((name, i) =>
      output.push(log(1, `Arrived: ${name}`, 0.09 + i * s)),
    );
  }
  return report({ processes: [mainProcess(0.4), ...workers(2, 3, 0.01, 0.3)], tasks, output });
}

test('the solution passes', () => {
  expect(failing(check(run({ job1: 'starmap', job2: 'partial', job3: 'unordered' })))).toEqual([]);
});

test('the starter fails all three jobs', () => {
  expect(failing(check(run({})))).toEqual(['job1-starmap', 'job2-partial', 'job3-as-ready']);
});

test('printing the expected lines without any task fails all three jobs', () => {
  expect(failing(check(run({ job1: 'printed', job2: 'printed', job3: 'printed' })))).toEqual([
    'job1-starmap',
    'job2-partial',
    'job3-as-ready',
  ]);
});

test('map for the downloads (all at the end) fails job3', () => {
  expect(failing(check(run({ job1: 'starmap', job2: 'partial', job3: 'map' })))).toEqual(['job3-as-ready']);
});

test('map instead of starmap (each room as one argument) fails job1', () => {
  const r = run({ job1: 'starmap', job2: 'partial', job3: 'unordered' });
  r.tasks = r.tasks.map((t) =>
    t.fn === 'area' ? { ...t, args: [t.args ?? []], result: { number: 'NaN' } } : t,
  );
  expect(failing(check(r))).toEqual(['job1-starmap']);
});

test('Celsius computed in the main process fails job2', () => {
  const r = run({ job1: 'starmap', job2: 'partial', job3: 'unordered' });
  r.tasks = r.tasks.filter((t) => t.fn !== 'toCelsius');
  expect(failing(check(r))).toEqual(['job2-partial']);
});

test('on a busy machine the workers start late and the order changes: completion order still passes, all at the end (map) does not', () => {
  // big.bin's worker started first and finished first; medium.png's started last.
  const r = run({ job1: 'starmap', job2: 'partial' });
  const ends = { 'big.bin': 0.4, 'small.txt': 0.45, 'medium.png': 0.6 };
  const names = Object.keys(ends) as (keyof typeof ends)[];
  r.tasks.push(
    ...names.map((name, i) =>
      task(2 + i, 'download', ends[name] - 0.1 * (3 - i), ends[name], true, {
        args: [[name, 3 - i]],
        result: name,
      }),
    ),
  );
  const unordered = {
    ...r,
    output: [...r.output, ...names.map((name) => log(1, `Arrived: ${name}`, ends[name] + 0.001))],
  };
  expect(failing(check(unordered))).toEqual([]);
  const atTheEnd = {
    ...r,
    output: [
      ...r.output,
      ...['big.bin', 'small.txt', 'medium.png'].map((name) => log(1, `Arrived: ${name}`, 0.601)),
    ],
  };
  expect(failing(check(atTheEnd))).toEqual(['job3-as-ready']);
});
