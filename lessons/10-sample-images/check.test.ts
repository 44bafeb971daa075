import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, report, schedule, workers } from '../test-helpers';
import type { OutputLine, RunReport } from '../../src/sandbox/report';

const numbers = [1, 2, 3, 4, 5];
const files = numbers.map((n) => `sample_images/sample_${n}.png`);

function pooled(
  args: (n: number) => (string | number)[] = (n) => [`sample_images/sample_${n}.png`, n],
): RunReport {
  const s = schedule('createSampleImage', [0.06, 0.06, 0.061, 0.059, 0.06], {
    pids: [2, 3],
    start: 0.05,
    records: numbers.map((n) => ({ args: args(n), result: null })),
  });
  return report({
    processes: [mainProcess(s.end + 0.01), ...workers(2, 2, 0.01, s.end + 0.005)],
    tasks: s.tasks,
    files: files.map((f) => `/${f}`),
    output: [
      ...s.tasks.map((t, i) => log(t.pid, `Created image: sample_images/sample_${i + 1}.png`, t.end)),
      log(1, 'All sample images created successfully', s.end + 0.002),
    ],
  });
}

const printed: OutputLine[] = [
  ...files.map((f, i) => log(1, `Created image: ${f}`, 0.06 * (i + 1))),
  log(1, 'All sample images created successfully', 0.31),
];

test('the solution passes', () => {
  expect(failing(check(pooled()))).toEqual([]);
});

test('the full call (file, seed, 800, 600) counts as the default size', () => {
  expect(failing(check(pooled((n) => [`sample_images/sample_${n}.png`, n, 800, 600])))).toEqual([]);
});

test('the starter (one image after another, in the main process) fails parallel', () => {
  expect(failing(check(report({ processes: [mainProcess(0.35)], files, output: printed })))).toEqual([
    'parallel',
  ]);
});

test('printing the lines without making the images fails files and parallel', () => {
  expect(failing(check(report({ processes: [mainProcess(0.35)], output: printed })))).toEqual([
    'files',
    'parallel',
  ]);
});

test('tasks that all got the same seed fail parallel', () => {
  expect(failing(check(pooled((n) => [`sample_images/sample_${n}.png`, 1])))).toEqual(['parallel']);
});

test('forgetting to await the starmap fails waited (and saves nothing in time)', () => {
  const r = pooled();
  r.files = r.files.slice(0, 2);
  r.output = [log(1, 'All sample images created successfully', 0.02)];
  expect(failing(check(r))).toEqual(['files', 'waited']);
});

test('on a busy machine one worker may make all five before the other starts: that still passes', () => {
  const r = pooled();
  r.tasks = r.tasks.map((t, i) => ({ ...t, pid: 2, start: 0.05 + 0.06 * i, end: 0.11 + 0.06 * i }));
  r.output = r.output.map((l) => (l.pid === 1 ? { ...l, t: 0.4 } : l));
  expect(failing(check(r))).toEqual([]);
});

test('a pool of one worker fails parallel', () => {
  const r = pooled();
  r.tasks = r.tasks.map((t) => ({ ...t, pid: 2 }));
  r.processes = r.processes.filter((p) => p.pid !== 3);
  expect(failing(check(r))).toEqual(['parallel']);
});
