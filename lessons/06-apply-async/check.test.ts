import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, report, task, workers } from '../test-helpers';
import type { OutputLine } from '../../src/sandbox/report';

const s = 0.05;
const rec = (args: [number, number, number[]], result: number) => ({ args, result });

function run(mode: 'solved' | 'starter' | 'serial' | 'callbacks-at-once') {
  const t1 = task(2, 'processTask', 0.04, 0.04 + 2 * s, true, rec([1, 2, [1, 2, 3]], 6));
  const t2 = task(3, 'processTask', t1.end + 0.002, t1.end + 0.002 + s, true, rec([2, 1, [4, 5, 6]], 30));
  const start = t2.end + 0.004;
  const t3 = task(2, 'processTask', start, start + 3 * s, true, rec([3, 3, [7, 8, 9]], 72));
  const t4s = mode === 'serial' ? t3.end + 0.002 : start + 0.001;
  const t4 = task(3, 'processTask', t4s, t4s + 2 * s, true, rec([4, 2, [10, 11, 12]], 132));
  const output: OutputLine[] = [
    log(1, 'Starting tasks with apply()...', 0.03),
    log(1, 'Result 1: 6', t1.end + 0.001),
    log(1, 'Result 2: 30', t2.end + 0.001),
    log(1, '\nStarting tasks with apply_async()...', start - 0.001),
    log(1, 'Tasks are running in the background...', mode === 'serial' ? t3.end + 0.001 : start),
    log(1, 'Main process is doing other work...', start + s),
  ];
  if (mode === 'solved') {
    output.push(log(1, 'Callback: 132', t4.end + 0.001), log(1, 'Callback: 72', t3.end + 0.001));
  } else if (mode === 'callbacks-at-once') {
    output.push(log(1, 'Callback: 132', start + 0.002), log(1, 'Callback: 72', start + 0.003));
  } else if (mode === 'serial') {
    output.push(log(1, 'Callback: 72', t3.end + 0.001), log(1, 'Callback: 132', t4.end + 0.001));
  }
  const last = Math.max(t3.end, t4.end) + 0.002;
  output.push(log(1, 'Result 3: 72', last), log(1, 'Result 4: 132', last + 0.0001));
  output.sort((a, b) => a.t - b.t);
  return report({
    processes: [mainProcess(last + 0.01), ...workers(2, 2, 0.01, last + 0.005)],
    tasks: [t1, t2, t3, t4],
    output,
  });
}

test('the solution passes', () => {
  expect(failing(check(run('solved')))).toEqual([]);
});

test('the starter fails callbacks', () => {
  expect(failing(check(run('starter')))).toEqual(['callbacks']);
});

test('awaiting each task before starting the next fails async-overlap and callbacks', () => {
  expect(failing(check(run('serial')))).toEqual(['async-overlap', 'callbacks']);
});

test('printing the Callback lines right after applyAsync, before any result exists, fails callbacks', () => {
  expect(failing(check(run('callbacks-at-once')))).toEqual(['callbacks']);
});

test('the main process printing every line with no pool fails every verdict', () => {
  const printed = run('solved');
  printed.tasks = [];
  printed.processes = [mainProcess(1)];
  expect(failing(check(printed))).toEqual(['apply-blocks', 'async-overlap', 'callbacks', 'asked-order']);
});

test('four numbers instead of a list as the data fail every verdict', () => {
  const flat = run('solved');
  flat.tasks = flat.tasks.map((t) => ({ ...t, args: [...(t.args ?? []).slice(0, 2), 1, 2, 3] }));
  expect(failing(check(flat))).toEqual(['apply-blocks', 'async-overlap', 'callbacks', 'asked-order']);
});
