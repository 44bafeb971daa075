import { expect, test } from 'vitest';
import check from './check';
import { at, failing, log, mainProcess, proc, report } from '../test-helpers';

function run(o: { greeting?: string; awaited?: boolean }) {
  const end = 1.08;
  return report({
    processes: [mainProcess(1.1), proc(2, 0.02, end)],
    output: [
      log(1, 'Main process id: 1', 0.001),
      log(1, 'Starting worker process...', 0.002),
      ...(o.greeting ? [log(2, o.greeting, 0.05)] : []),
      log(2, 'Worker process id: 2', 0.05),
      log(2, 'Worker parent process id: 1', 0.05),
      ...(o.awaited === false ? [log(1, 'Main process completed', 0.003)] : []),
      log(2, 'Worker process completed', 1.06),
      ...(o.awaited === false ? [] : [log(1, 'Main process completed', 1.09)]),
    ],
  });
}

test('the solution passes', () => {
  expect(failing(check(run({ greeting: 'Hello from Alice' })))).toEqual([]);
});

test('the starter (no argument) fails only argument-passed', () => {
  expect(failing(check(run({})))).toEqual(['argument-passed']);
});

test('forgetting to await join() fails joined', () => {
  expect(failing(check(run({ greeting: 'Hello from Alice', awaited: false })))).toEqual(['joined']);
});

test('a worker that crashes fails child-ran', () => {
  const r = run({ greeting: 'Hello from Alice' });
  r.processes[1] = { ...at(r.processes, 1), exitCode: 1 };
  expect(failing(check(r))).toEqual(['child-ran']);
});
