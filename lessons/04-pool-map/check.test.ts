import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, report, schedule, workers } from '../test-helpers';
import type { OutputLine, ProcessRecord, TaskSpan } from '../../src/sandbox/report';

const second = 0.05;
const ten = Array(10).fill(second) as number[];
const results = 'Results: [0, 10, 20, 30, 40, 50, 60, 70, 80, 90]';

/** Pools one after another: [workers, chunksize] each. */
function run(pools: [number, number][], resultText = results) {
  let t = 0.01;
  let pid = 2;
  const tasks: TaskSpan[] = [];
  const processes: ProcessRecord[] = [];
  const output: OutputLine[] = [log(1, 'System has 2 CPU cores', 0.001)];
  for (const [n, chunksize] of pools) {
    const pids = Array.from({ length: n }, (_, i) => pid + i);
    const s = schedule('processItem', ten, { pids, start: t + 0.03, chunksize });
    tasks.push(...s.tasks);
    processes.push(...workers(pid, n, t, s.end + 0.003));
    output.push(
      log(1, 'All processing completed in 0.30 seconds', s.end + 0.005),
      log(1, resultText, s.end + 0.006),
    );
    pid += n;
    t = s.end + 0.01;
  }
  return report({ processes: [mainProcess(t), ...processes], tasks, output });
}

test('the solution passes (on a 2-core and on an 8-core machine)', () => {
  expect(
    failing(
      check(
        run([
          [2, 2],
          [2, 2],
          [2, 5],
        ]),
      ),
    ),
  ).toEqual([]);
  expect(
    failing(
      check(
        run([
          [8, 1],
          [2, 2],
          [2, 1],
        ]),
      ),
    ),
  ).toEqual([]);
});

test('the starter on a 2-core machine fails five-rounds', () => {
  expect(failing(check(run([[2, 2]])))).toEqual(['five-rounds']);
});

test('the starter on an 8-core machine fails both exercise verdicts', () => {
  expect(failing(check(run([[8, 1]])))).toEqual(['lab-pairs', 'five-rounds']);
});

test('chunksize 3 (4 chunks: 3+3 / 3+1) does not reach five rounds', () => {
  expect(
    failing(
      check(
        run([
          [2, 2],
          [2, 3],
        ]),
      ),
    ),
  ).toEqual(['five-rounds']);
});

test('wrong results fail results', () => {
  expect(failing(check(run([[2, 5]], 'Results: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]')))).toContain('results');
});
