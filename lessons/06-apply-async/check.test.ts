import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, report, task, workers } from '../test-helpers';
import type { OutputLine } from '../../src/sandbox/report';

const s = 0.05;

function run(mode: 'solved' | 'starter' | 'serial') {
  const t1 = task(2, 'processTask', 0.04, 0.04 + 2 * s);
  const t2 = task(3, 'processTask', t1.end + 0.002, t1.end + 0.002 + s);
  const start = t2.end + 0.004;
  const t3 = task(2, 'processTask', start, start + 3 * s);
  const t4s = mode === 'serial' ? t3.end + 0.002 : start + 0.001;
  const t4 = task(3, 'processTask', t4s, t4s + 2 * s);
  const output: OutputLine[] = [
    log(1, 'Result 1: 6', t1.end + 0.001),
    log(1, 'Result 2: 30', t2.end + 0.001),
    log(1, 'Tasks are running in the background...', start),
    log(1, 'Main process is doing other work...', start),
  ];
  if (mode !== 'starter') {
    output.push(log(1, 'Callback: 132', t4.end + 0.001), log(1, 'Callback: 72', t3.end + 0.001));
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

test('awaiting each get() before starting the next task fails async-overlap and callbacks', () => {
  expect(failing(check(run('serial')))).toEqual(['async-overlap', 'callbacks']);
});
