import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, proc, report, task, workers } from '../test-helpers';
import type { OutputLine, RunReport, TaskSpan } from '../../src/sandbox/report';

const bad = (x: number) => ({ error: 'BadInput', message: `${x} is a multiple of 3` });

function risky(pid: number, x: number, start: number): TaskSpan {
  const ok = x % 3 !== 0;
  return task(
    pid,
    'risky',
    start,
    start + 0.02,
    ok,
    ok ? { args: [x], result: x * x } : { args: [x], error: bad(x) },
  );
}

type Mode = 'solved' | 'starter' | 'printed' | 'uncaught' | 'completion-order';

function run(mode: Mode): RunReport {
  // Part 1: map over 1..6 (3 and 6 fail); part 2: applyAsync(9); then map [1, 2].
  const tasks: TaskSpan[] = [1, 2, 3, 4, 5, 6].map((x, i) =>
    risky(2 + (i % 2), x, 0.05 + 0.02 * Math.floor(i / 2)),
  );
  const output: OutputLine[] = [
    log(1, 'map failed: BadInput: 3 is a multiple of 3', 0.12),
    log(1, 'instanceof BadInput: true', 0.12),
  ];
  if (mode === 'uncaught') {
    return report({
      status: 'error',
      error: { name: 'BadInput', message: '3 is a multiple of 3' },
      processes: [mainProcess(0.1, 1), ...workers(2, 2, 0.01, 0.1)],
      tasks,
      output: [],
    });
  }
  tasks.push(risky(2, 9, 0.13));
  output.push(log(1, 'errorCallback: BadInput: 9 is a multiple of 3', 0.16));
  tasks.push(risky(2, 1, 0.17), risky(3, 2, 0.17));
  output.push(log(1, 'The pool still works: [1, 4]', 0.2));
  if (mode === 'solved' || mode === 'completion-order') {
    tasks.push(...[1, 2, 3, 4, 5, 6].map((x, i) => risky(2 + (i % 2), x, 0.21 + 0.02 * Math.floor(i / 2))));
  }
  if (mode === 'solved' || mode === 'printed') {
    output.push(log(1, 'Squares: [1, 4, 16, 25]', 0.3), log(1, 'Failed inputs: [3, 6]', 0.3));
  }
  if (mode === 'completion-order') {
    output.push(log(1, 'Squares: [4, 1, 25, 16]', 0.3), log(1, 'Failed inputs: [6, 3]', 0.3));
  }
  return report({
    processes: [mainProcess(0.5), ...workers(2, 2, 0.01, 0.35), proc(4, 0.36, 0.4, { exitCode: 1 })],
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

test('printing the two lines without submitting the tasks fails them', () => {
  expect(failing(check(run('printed')))).toEqual(['squares', 'failed-inputs']);
});

test('printing "map failed: BadInput" with no task that threw fails class-kept', () => {
  const r = run('solved');
  r.tasks = r.tasks.map((t) => (t.ok ? t : { ...t, ok: true, result: 9, error: undefined }));
  expect(failing(check(r))).toContain('class-kept');
});

test('an uncaught error fails no-uncaught-error', () => {
  expect(failing(check(run('uncaught')))).toContain('no-uncaught-error');
});

test('results collected in completion order fail', () => {
  expect(failing(check(run('completion-order')))).toEqual(['squares', 'failed-inputs']);
});
