import { expect, test } from 'vitest';
import check from './check';
import { at, failing, log, mainProcess, proc, report } from '../test-helpers';

// Worker i starts at about 0.03 s and works `seconds[i]`.
function run(seconds: number[], named: boolean) {
  const starts = [0.031, 0.029, 0.034];
  const output = [0, 1, 2].flatMap((i) => [
    log(i + 2, `Worker ${i} (PID: ${i + 2}) started`, at(starts, i)),
    log(i + 2, `Worker ${i} completed`, at(starts, i) + at(seconds, i)),
  ]);
  const end = Math.max(...output.map((l) => l.t)) + 0.002;
  return report({
    processes: [
      mainProcess(end + 0.01),
      ...[0, 1, 2].map((i) =>
        proc(i + 2, 0.01, at(starts, i) + at(seconds, i) + 0.001, named ? { name: `Worker-${i}` } : {}),
      ),
    ],
    output: [...output.sort((a, b) => a.t - b.t), log(1, 'All processes completed', end)],
  });
}

test('the solution passes', () => {
  expect(failing(check(run([0.15, 0.1, 0.05], true)))).toEqual([]);
});

test('the starter fails names and seconds-argument', () => {
  expect(failing(check(run([0.05, 0.05, 0.05], false)))).toEqual(['names', 'seconds-argument']);
});

test('passing the seconds in the wrong order fails seconds-argument', () => {
  expect(failing(check(run([0.05, 0.1, 0.15], true)))).toEqual(['seconds-argument']);
});

test('printing before joining fails joined', () => {
  const r = run([0.15, 0.1, 0.05], true);
  r.output = [log(1, 'All processes completed', 0.02), ...r.output.filter((l) => l.pid !== 1)];
  expect(failing(check(r))).toEqual(['joined']);
});
