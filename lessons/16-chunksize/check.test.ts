import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, report, schedule, workers } from '../test-helpers';

const scale = 0.05;
const durations = Array.from({ length: 40 }, (_, i) => 0.01 * i * scale);

function run(chunksize: number, plots = 1) {
  const s = schedule('weighted', durations, { pids: [2, 3], start: 0.5, chunksize });
  return report({
    processes: [mainProcess(s.end + 0.01), ...workers(2, 2, 0.01, s.end + 0.005)],
    tasks: s.tasks,
    plots,
    output: [
      log(1, 'chunksize 1: 61234 tasks/s', 0.2),
      log(1, 'chunksize 10: 402311 tasks/s', 0.25),
      log(1, 'chunksize 100: 1934110 tasks/s', 0.3),
      log(1, 'chunksize 1000: 3051200 tasks/s', 0.35),
      log(1, `Uneven tasks, chunksize ${chunksize}: 0.20 seconds`, s.end + 0.002),
    ],
  });
}

test('the solution (chunksize 1) passes, and so does chunksize 2', () => {
  expect(failing(check(run(1)))).toEqual([]);
  expect(failing(check(run(2)))).toEqual([]);
});

test('the starter (chunksize 20) fails balanced', () => {
  expect(failing(check(run(20)))).toEqual(['balanced']);
});

test("Python's default for 40 tasks on 2 workers (chunksize 5) is not balanced enough", () => {
  expect(failing(check(run(5)))).toEqual(['balanced']);
});

test('no chart fails throughput', () => {
  expect(failing(check(run(1, 0)))).toEqual(['throughput']);
});

test('trying chunksize 20 first and then 1 passes: the last run counts', () => {
  const first = run(20);
  const second = run(1);
  const shift = first.seconds + 0.1;
  const r = {
    ...first,
    tasks: [
      ...first.tasks,
      ...second.tasks.map((t) => ({ ...t, start: t.start + shift, end: t.end + shift })),
    ],
    output: [...first.output, ...second.output.slice(-1).map((l) => ({ ...l, t: l.t + shift }))],
  };
  expect(failing(check(r))).toEqual([]);
});
