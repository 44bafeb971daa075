import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, report, schedule, workers } from '../test-helpers';
import type { OutputLine, ProcessRecord, TaskSpan } from '../../src/sandbox/report';

const second = 0.05;
const ten = Array(10).fill(second) as number[];
const records = Array.from({ length: 10 }, (_, i) => ({ args: [i], result: i * 10 }));
const results = 'Results: [0, 10, 20, 30, 40, 50, 60, 70, 80, 90]';

/** Pools one after another: [workers, chunksize] each. */
function run(
  pools: [number, number][],
  o: { records?: typeof records; printedPid?: (pid: number) => number } = {},
) {
  let t = 0.01;
  let pid = 2;
  const tasks: TaskSpan[] = [];
  const processes: ProcessRecord[] = [];
  const output: OutputLine[] = [log(1, 'System has 2 CPU cores', 0.001)];
  for (const [n, chunksize] of pools) {
    const pids = Array.from({ length: n }, (_, i) => pid + i);
    const s = schedule('processItem', ten, {
      pids,
      start: t + 0.03,
      chunksize,
      records: o.records ?? records,
    });
    tasks.push(...s.tasks);
    s.tasks.forEach((task, i) =>
      output.push(
        log(task.pid, `Process ${o.printedPid?.(task.pid) ?? task.pid} processing item ${i}`, task.start),
      ),
    );
    processes.push(...workers(pid, n, t, s.end + 0.003));
    output.push(
      log(1, 'All processing completed in 0.30 seconds', s.end + 0.005),
      log(1, results, s.end + 0.006),
    );
    pid += n;
    t = s.end + 0.01;
  }
  return report({
    processes: [mainProcess(t), ...processes],
    tasks,
    output: output.sort((a, b) => a.t - b.t),
  });
}

test('the solution passes (on a 2-core and on an 8-core machine)', () => {
  const solution = (cores: number, chunksize: number) =>
    run([
      [cores, chunksize],
      [2, 2],
      [2, 5],
    ]);
  expect(failing(check(solution(2, 2)))).toEqual([]);
  expect(failing(check(solution(8, 1)))).toEqual([]);
});

test('the starter on a 2-core machine fails five-rounds', () => {
  expect(failing(check(run([[2, 2]])))).toEqual(['five-rounds']);
});

test('the starter on an 8-core machine fails both exercise verdicts', () => {
  expect(failing(check(run([[8, 1]])))).toEqual(['lab-pairs', 'five-rounds']);
});

test('chunksize 3 (4 chunks: 3+3 / 3+1) does not reach five rounds', () => {
  const chunks3 = run([
    [2, 2],
    [2, 3],
  ]);
  expect(failing(check(chunks3))).toEqual(['five-rounds']);
});

test('tasks that return the items themselves fail results (and leave no run to time)', () => {
  const items = records.map((r) => ({ ...r, result: r.args[0] ?? 0 }));
  expect(failing(check(run([[2, 2]], { records: items })))).toEqual(['results', 'lab-pairs', 'five-rounds']);
});

test('a worker printing a pid that is not its own fails own-pid', () => {
  expect(failing(check(run([[2, 2]], { printedPid: () => 12345 })))).toEqual(['own-pid', 'five-rounds']);
});

test('the main process printing the lines with no pool fails', () => {
  const printed = run([
    [2, 2],
    [2, 2],
    [2, 5],
  ]);
  printed.tasks = [];
  printed.processes = [mainProcess(1)];
  printed.output = printed.output.map((l) => ({ ...l, pid: 1 }));
  expect(failing(check(printed))).toEqual(['results', 'own-pid', 'lab-pairs', 'five-rounds']);
});
