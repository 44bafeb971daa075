import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, report, schedule, workers } from '../test-helpers';
import type { OutputLine } from '../../src/sandbox/report';

const second = 0.05; // the tests' time scale: sleep(1) lasts 50 ms
const five = Array(5).fill(second) as number[];
const records = [1, 2, 3, 4, 5].map((x) => ({ args: [x], result: x * x }));

function run(o: { secondPool?: number; firstPool?: number; recorded?: boolean }) {
  const recorded = o.recorded === false ? {} : { records };
  const first = schedule('square', five, {
    pids: [2, 3].slice(0, o.firstPool ?? 2),
    start: 0.04,
    ...recorded,
  });
  const output: OutputLine[] = first.tasks.map((t, i) => log(t.pid, `Processing ${i + 1}...`, t.start));
  output.push(
    log(1, 'Results: [1, 4, 9, 16, 25]', first.end + 0.01),
    log(1, 'Time taken: 0.17 seconds', first.end + 0.011),
  );
  [1, 2, 3, 4, 5].forEach((x) =>
    output.push(log(1, `Processing ${x}...`, first.end + 0.012 + (x - 1) * second)),
  );
  const seqEnd = first.end + 0.011 + 5 * second;
  output.push(
    log(1, 'Sequential results: [1, 4, 9, 16, 25]', seqEnd),
    log(1, 'Sequential time: 0.25 seconds', seqEnd),
  );
  const processes = [...workers(2, o.firstPool ?? 2, 0.01, first.end + 0.005)];
  let tasks = first.tasks;
  if (o.secondPool) {
    const pids = Array.from({ length: o.secondPool }, (_, i) => 4 + i);
    const secondRun = schedule('square', five, { pids, start: seqEnd + 0.04, ...recorded });
    processes.push(...workers(4, o.secondPool, seqEnd + 0.005, secondRun.end + 0.005));
    tasks = [...tasks, ...secondRun.tasks];
    output.push(log(1, 'Pool(5) results: [1, 4, 9, 16, 25]', secondRun.end + 0.01));
  }
  return report({
    processes: [mainProcess(2), ...processes],
    tasks,
    output: output.sort((a, b) => a.t - b.t),
  });
}

test('the solution passes', () => {
  expect(failing(check(run({ secondPool: 5 })))).toEqual([]);
});

test('the starter fails the Pool(5) verdicts only', () => {
  expect(failing(check(run({})))).toEqual(['pool5', 'pool5-one-round']);
});

test('a second Pool(2) instead of Pool(5) fails', () => {
  expect(failing(check(run({ secondPool: 2 })))).toEqual(['pool5', 'pool5-one-round']);
});

test('a Pool(3) instead of Pool(5) (two rounds) fails', () => {
  expect(failing(check(run({ secondPool: 3 })))).toEqual(['pool5', 'pool5-one-round']);
});

test('a Pool(1) for the lab run fails', () => {
  expect(failing(check(run({ firstPool: 1, secondPool: 5 })))).toContain('results');
});

test('the main process printing the expected lines with no pool at all fails every verdict', () => {
  const printed = run({ secondPool: 5 });
  printed.tasks = [];
  printed.processes = [mainProcess(2)];
  printed.output = printed.output.map((l) => ({ ...l, pid: 1 }));
  expect(failing(check(printed))).toEqual(['results', 'pool2-beats-sequential', 'pool5', 'pool5-one-round']);
});

test('tasks that squared other numbers, or returned other values, fail', () => {
  const wrong = run({ secondPool: 5 });
  wrong.tasks = wrong.tasks.map((t) => ({ ...t, result: 0 }));
  expect(failing(check(wrong))).toEqual(['results', 'pool2-beats-sequential', 'pool5', 'pool5-one-round']);
  expect(failing(check(run({ secondPool: 5, recorded: false })))).toContain('results');
});
