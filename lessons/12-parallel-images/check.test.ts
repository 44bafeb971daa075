import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, report, schedule, workers } from '../test-helpers';
import type { OutputLine, Value } from '../../src/sandbox/report';

const order = [4, 2, 1, 5, 3]; // listdir's order
const files = order.flatMap((n) =>
  ['blur', 'edges', 'emboss', 'sharpen'].map((k) => `processed_parallel/${k}_sample_${n}.png`),
);
const seconds = [0.36, 0.35, 0.37, 0.36, 0.34];

type Mode = 'stream' | 'map' | 'stream-after' | 'print-before';

function run(mode: Mode, o: { pids?: number[]; args?: (n: number) => Value[]; print?: boolean } = {}) {
  const pids = o.pids ?? [2, 3];
  const s = schedule('applyFilters', seconds, { pids, start: 0.05 });
  const tasks = s.tasks.map((t, i) => {
    const n = order[i] ?? 0;
    const args = o.args ? o.args(n) : [[`sample_images/sample_${n}.png`, 'processed_parallel']];
    return { ...t, args, result: [`sample_${n}.png`, seconds[i] ?? 0] };
  });
  const output: OutputLine[] = [
    log(1, 'Found 5 images to process', 0.001),
    log(1, `Using ${pids.length} processes for parallel processing`, 0.001),
  ];
  tasks.forEach((t, i) => {
    output.push(log(t.pid, `Process ${t.pid} processing image: sample_${order[i]}.png`, t.start));
    output.push(
      log(t.pid, `Process ${t.pid} completed sample_${order[i]}.png in ${seconds[i]} seconds`, t.end),
    );
  });
  const done = (i: number) => `Done: sample_${order[i]}.png in ${(seconds[i] ?? 0).toFixed(2)} seconds`;
  if (mode === 'stream') tasks.forEach((t, i) => output.push(log(1, done(i), t.end + 0.001)));
  if (mode === 'stream-after') tasks.forEach((_t, i) => output.push(log(1, done(i), s.end + 0.002)));
  if (mode === 'print-before') tasks.forEach((_t, i) => output.push(log(1, done(i), 0.002)));
  output.push(log(1, '\nParallel processing completed', s.end + 0.003));
  output.push(log(1, 'Total processing time: 1.10 seconds', s.end + 0.003));
  output.sort((a, b) => a.t - b.t);
  return report({
    processes: [mainProcess(s.end + 0.01), ...workers(2, pids.length, 0.01, s.end + 0.005)],
    tasks,
    output,
    files,
  });
}

test('the solution passes', () => {
  expect(failing(check(run('stream')))).toEqual([]);
});

test('the starter (map, summary at the end) fails streamed', () => {
  expect(failing(check(run('map')))).toEqual(['streamed']);
});

test('printing "Done:" lines only after map returned fails streamed', () => {
  expect(failing(check(run('stream-after')))).toEqual(['streamed']);
});

test('printing "Done:" lines before the map (without the results) fails streamed', () => {
  expect(failing(check(run('print-before')))).toEqual(['streamed']);
});

test('printing every line without running anything fails all four', () => {
  const r = run('stream');
  r.tasks = [];
  r.files = [];
  r.processes = [mainProcess(r.seconds)];
  expect(failing(check(r))).toEqual(['pairs', 'outputs', 'parallel', 'streamed']);
});

test('passing the path and the folder as two arguments (starmap), not one pair, fails pairs', () => {
  const r = run('stream', { args: (n) => [`sample_images/sample_${n}.png`, 'processed_parallel'] });
  expect(failing(check(r))).toEqual(['pairs']);
});

test('a pool of one worker on a 2-core machine fails parallel', () => {
  const r = run('stream', { pids: [2] });
  r.output = r.output.map((l) =>
    l.text.startsWith('Using') ? log(1, 'Using 2 processes for parallel processing', l.t) : l,
  );
  expect(failing(check(r))).toEqual(['parallel']);
});
