import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, proc, report, task, workers } from '../test-helpers';
import type { OutputLine, TaskSpan } from '../../src/sandbox/report';

function run(mode: 'solved' | 'starter' | 'uncaught' | 'callback-order') {
  const tasks: TaskSpan[] = [
    task(2, 'risky', 0.05, 0.06),
    task(3, 'risky', 0.05, 0.06),
    task(2, 'risky', 0.06, 0.07, false),
    task(3, 'risky', 0.06, 0.07),
  ];
  const output: OutputLine[] = [
    log(1, 'map failed: BadInput: 3 is a multiple of 3', 0.08),
    log(1, 'instanceof BadInput: true', 0.08),
    log(1, 'errorCallback: BadInput: 9 is a multiple of 3', 0.1),
  ];
  if (mode === 'uncaught') {
    return report({
      status: 'error',
      error: { name: 'BadInput', message: '3 is a multiple of 3' },
      processes: [mainProcess(0.1, 1), ...workers(2, 2, 0.01, 0.1)],
      tasks,
      output: output.slice(0, 0),
    });
  }
  if (mode === 'solved') {
    output.push(log(1, 'Squares: [1, 4, 16, 25]', 0.3), log(1, 'Failed inputs: [3, 6]', 0.3));
  }
  if (mode === 'callback-order') {
    // squares collected in callbacks, i.e. in completion order
    output.push(log(1, 'Squares: [4, 1, 25, 16]', 0.3), log(1, 'Failed inputs: [6, 3]', 0.3));
  }
  return report({
    processes: [mainProcess(0.5), ...workers(2, 2, 0.01, 0.35), proc(4, 0.36, 0.4, { exitCode: -9 })],
    tasks,
    output,
  });
}

test('the solution passes', () => {
  expect(failing(check(run('solved')))).toEqual([]);
});

test('the starter fails the exercise verdicts', () => {
  expect(failing(check(run('starter')))).toEqual(['squares', 'failed-inputs']);
});

test('an uncaught error fails no-uncaught-error', () => {
  expect(failing(check(run('uncaught')))).toContain('no-uncaught-error');
});

test('results collected in completion order fail', () => {
  expect(failing(check(run('callback-order')))).toEqual(['squares', 'failed-inputs']);
});
