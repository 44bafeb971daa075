import { expect, test } from 'vitest';
import check from './check';
import { at, failing, log, mainProcess, proc, report } from '../test-helpers';
import type { Value } from '../../src/sandbox/report';

// Worker i (pid i + 2) starts at about 0.03 s and works seconds[i].
function run(o: { seconds: number[]; args: (i: number) => Value[] | undefined; named: boolean }) {
  const starts = [0.031, 0.029, 0.034];
  const output = [0, 1, 2].flatMap((i) => [
    log(i + 2, `Worker ${i} (PID: ${i + 2}) started`, at(starts, i)),
    log(i + 2, `Worker ${i} completed`, at(starts, i) + at(o.seconds, i)),
  ]);
  const end = Math.max(...output.map((l) => l.t)) + 0.002;
  return report({
    processes: [
      mainProcess(end + 0.01),
      ...[0, 1, 2].map((i) => {
        const args = o.args(i);
        return proc(i + 2, 0.01, at(starts, i) + at(o.seconds, i) + 0.001, {
          target: 'worker',
          ...(args ? { args } : {}),
          ...(o.named ? { name: `Worker-${i}` } : {}),
        });
      }),
    ],
    output: [
      log(1, 'Main process PID: 1', 0.001),
      ...output.sort((a, b) => a.t - b.t),
      log(1, 'All processes completed', end),
    ],
  });
}

const solved = { seconds: [0.3, 0.2, 0.1], args: (i: number) => [i, 3 - i], named: true };

test('the solution passes', () => {
  expect(failing(check(run(solved)))).toEqual([]);
});

test('the starter fails names, arguments and seconds-used', () => {
  expect(failing(check(run({ seconds: [0.1, 0.1, 0.1], args: (i) => [i], named: false })))).toEqual([
    'names',
    'arguments',
    'seconds-used',
  ]);
});

test('sleep(3 - workerId) with no second argument fails arguments', () => {
  expect(failing(check(run({ ...solved, args: (i) => [i] })))).toEqual(['arguments']);
});

test('passing the seconds without sleeping them fails seconds-used', () => {
  expect(failing(check(run({ ...solved, seconds: [0.1, 0.1, 0.1] })))).toEqual(['seconds-used']);
});

test('the arguments the wrong way round, [3 - i, i], fail arguments', () => {
  expect(failing(check(run({ ...solved, args: (i) => [3 - i, i] })))).toEqual(['arguments']);
});

test('the main process printing every line, with no worker processes, fails', () => {
  const printed = run(solved);
  printed.processes = [mainProcess(1)];
  printed.output = printed.output.map((l) => ({ ...l, pid: 1 }));
  expect(failing(check(printed))).toEqual(['three-workers', 'names', 'arguments', 'seconds-used']);
});

test('printing before joining fails joined', () => {
  const r = run(solved);
  r.output = [log(1, 'All processes completed', 0.02), ...r.output.filter((l) => l.pid !== 1)];
  expect(failing(check(r))).toEqual(['joined']);
});
