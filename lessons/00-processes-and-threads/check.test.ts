import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, report, schedule, workers } from '../test-helpers';
import type { OutputLine, ProcessRecord, TaskSpan } from '../../src/sandbox/report';

const count = 0.2; // one countPrimes(1_000_000), in seconds
const counts = '[78498, 78498, 78498, 78498]';

function run(o: { pool?: number; cores?: number; results?: number; poolTask?: number }) {
  const asyncSeconds = 4 * count;
  let t = 4 * count + 0.05;
  const output: OutputLine[] = [
    log(1, `System has ${o.cores ?? 2} CPU cores`, 0.05),
    log(1, `Sequential: ${counts} in ${(4 * count).toFixed(2)} seconds`, t),
  ];
  t += asyncSeconds;
  output.push(log(1, `4 async tasks: ${counts} in ${asyncSeconds.toFixed(2)} seconds`, t));
  t += 0.5;
  output.push(log(1, '4 async tasks waiting 0.5 s each: [0.5, 0.5, 0.5, 0.5] in 0.50 seconds', t));
  const processes: ProcessRecord[] = [mainProcess(t + 2)];
  let tasks: TaskSpan[] = [];
  if (o.pool) {
    const pids = Array.from({ length: o.pool }, (_, i) => 2 + i);
    const records = Array.from({ length: 4 }, () => ({ args: [1_000_000], result: o.results ?? 78498 }));
    const s = schedule('countPrimes', Array(4).fill(o.poolTask ?? count) as number[], {
      pids,
      start: t + 0.05,
      records,
    });
    tasks = s.tasks;
    processes.push(...workers(2, o.pool, t + 0.01, s.end + 0.01));
    output.push(log(1, `Pool of 2 workers: ${counts} in ${(s.end - t).toFixed(2)} seconds`, s.end + 0.002));
  }
  return report({ processes, tasks, output });
}

test('the solution passes', () => {
  expect(failing(check(run({ pool: 2 })))).toEqual([]);
});

test('the starter fails the pool verdicts', () => {
  expect(failing(check(run({})))).toEqual(['pool-tasks', 'workers-faster']);
});

test('the main process printing the pool line without a pool fails', () => {
  const printed = run({ pool: 2 });
  printed.tasks = [];
  printed.processes = [mainProcess(3)];
  expect(failing(check(printed))).toEqual(['pool-tasks', 'workers-faster']);
});

test('a pool of one worker fails pool-tasks and workers-faster', () => {
  expect(failing(check(run({ pool: 1 })))).toEqual(['pool-tasks', 'workers-faster']);
});

test('tasks that return other counts fail', () => {
  expect(failing(check(run({ pool: 2, results: 78497 })))).toEqual(['pool-tasks', 'workers-faster']);
});

test('a run without the loop or the async tasks fails one-thread', () => {
  const without = run({ pool: 2 });
  without.output = without.output.filter((l) => !l.text.startsWith('4 async tasks:'));
  expect(failing(check(without))).toEqual(['one-thread', 'workers-faster']);
});

test('two workers no faster than the async tasks fail workers-faster, except on a one-core machine', () => {
  expect(failing(check(run({ pool: 2, poolTask: 2 * count })))).toEqual(['workers-faster']);
  expect(failing(check(run({ pool: 2, poolTask: 2 * count, cores: 1 })))).toEqual([]);
});
