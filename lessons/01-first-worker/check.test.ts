import { expect, test } from 'vitest';
import check from './check';
import { at, failing, log, mainProcess, proc, report } from '../test-helpers';
import type { Value } from '../../src/sandbox/report';

// simple_process.py's run: the main process (pid 1) starts worker in pid 2, which works 1 s.
function run(o: { args?: Value[]; greeting?: string; awaited?: boolean; printedBy?: number }) {
  const by = o.printedBy ?? 2;
  const end = 1.08;
  return report({
    processes: [
      mainProcess(1.1),
      proc(2, 0.02, end, { target: 'worker', ...(o.args ? { args: o.args } : {}) }),
    ],
    output: [
      log(1, 'Main process id: 1', 0.001),
      log(1, 'Starting worker process...', 0.002),
      ...(o.greeting ? [log(by, o.greeting, 0.05)] : []),
      log(by, `Worker process id: ${by}`, 0.05),
      log(by, `Worker parent process id: ${by === 2 ? 1 : 0}`, 0.05),
      ...(o.awaited === false ? [log(1, 'Main process completed', 0.003)] : []),
      log(by, 'Worker process completed', 1.06),
      ...(o.awaited === false ? [] : [log(1, 'Main process completed', 1.09)]),
    ],
  });
}

test('the solution passes', () => {
  expect(failing(check(run({ args: ['Alice'], greeting: 'Hello from Alice' })))).toEqual([]);
});

test('the starter (no argument) fails only argument-passed', () => {
  expect(failing(check(run({})))).toEqual(['argument-passed']);
});

test("printing 'Hello from Alice' from a worker that got no argument fails argument-passed", () => {
  expect(failing(check(run({ greeting: 'Hello from Alice' })))).toEqual(['argument-passed']);
});

test('passing Alice without printing it, or passing another name, fails argument-passed', () => {
  expect(failing(check(run({ args: ['Alice'] })))).toEqual(['argument-passed']);
  expect(failing(check(run({ args: ['Bob'], greeting: 'Hello from Alice' })))).toEqual(['argument-passed']);
  expect(failing(check(run({ args: [['Alice']], greeting: 'Hello from Alice' })))).toEqual([
    'argument-passed',
  ]);
});

test('the main process printing every line itself, with no child process, fails', () => {
  const printed = run({ greeting: 'Hello from Alice', printedBy: 1 });
  printed.processes = [mainProcess(1.1)];
  expect(failing(check(printed))).toEqual(['child-ran', 'own-pid', 'argument-passed', 'joined']);
});

test('forgetting to await join() fails joined', () => {
  expect(failing(check(run({ args: ['Alice'], greeting: 'Hello from Alice', awaited: false })))).toEqual([
    'joined',
  ]);
});

test('a worker that crashes fails child-ran', () => {
  const r = run({ args: ['Alice'], greeting: 'Hello from Alice' });
  r.processes[1] = { ...at(r.processes, 1), exitCode: 1 };
  expect(failing(check(r))).toEqual(['child-ran']);
});
