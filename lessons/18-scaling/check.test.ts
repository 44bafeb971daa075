import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, report, schedule, workers } from '../test-helpers';
import type { OutputLine, ProcessRecord, TaskSpan } from '../../src/sandbox/report';

const task = 0.015;

/** `counts` worker counts; `efficiency` how much of the ideal each run reaches. */
function run(
  counts: number[],
  pLine: (n: number, s: number) => string | null,
  o: { shrink?: number; primes?: number } = {},
) {
  const tasks: TaskSpan[] = [];
  const processes: ProcessRecord[] = [mainProcess(5)];
  const sequential = 32 * task;
  const output: OutputLine[] = [log(1, `Sequential: 0.48 s (${o.primes ?? 19999} primes)`, sequential)];
  let t = sequential + 0.01;
  let pid = 2;
  let last = { n: 1, s: 1 };
  for (const n of counts) {
    const pids = Array.from({ length: n }, (_, i) => pid + i);
    processes.push(...workers(pid, n, t, null));
    const warm = schedule('countPrimes', Array(n).fill(0.0001) as number[], { pids, start: t + 0.05 });
    const real = schedule('countPrimes', Array(32).fill(task * (n === 1 ? 1.05 : 1.1)) as number[], {
      pids,
      start: warm.end + 0.001,
    });
    const base = 10_000_000;
    tasks.push(
      ...warm.tasks.map((t) => ({ ...t, args: [0, 1], result: 0 })),
      ...real.tasks.map((t, i) => ({
        ...t,
        args: [base + i * 50_000, base + (i + 1) * 50_000],
        result: i === 0 ? 19999 - 31 * 625 : 625,
      })),
    );
    const seconds = (real.end - warm.end) * (o.shrink ?? 1);
    const s = sequential / seconds;
    output.push(
      log(1, `Workers: ${n}, time: ${seconds.toFixed(2)} s, speed-up: ${s.toFixed(2)}x`, real.end + 0.001),
    );
    for (const p of processes) if (p.end === null) p.end = real.end + 0.002;
    t = real.end + 0.003;
    pid += n;
    last = { n, s: Number(s.toFixed(2)) };
  }
  const text = pLine(last.n, last.s);
  if (text) output.push(log(1, text, t));
  return report({ processes, tasks, output, plots: 1 });
}

const amdahl = (n: number, s: number) => `Parallel fraction p = ${((1 - 1 / s) / (1 - 1 / n)).toFixed(3)}`;

test('the solution passes on 2 and on 8 cores', () => {
  expect(failing(check(run([1, 2], amdahl)))).toEqual([]);
  expect(failing(check(run([1, 2, 4, 8], amdahl)))).toEqual([]);
});

test('the starter (no p) fails amdahl', () => {
  expect(failing(check(run([1, 2, 4], () => null)))).toEqual(['amdahl']);
});

test('efficiency S/N is not the parallel fraction', () => {
  expect(failing(check(run([1, 2, 4], (n, s) => `Parallel fraction p = ${(s / n).toFixed(3)}`)))).toEqual([
    'amdahl',
  ]);
});

test('one core: nothing to fit, the measurement still counts', () => {
  expect(failing(check(run([1], () => null)))).toEqual([]);
});

test('printing the measurement lines without running the tasks fails measured', () => {
  const r = run([1, 2], amdahl);
  r.tasks = [];
  expect(failing(check(r))).toEqual(['measured']);
});

test('printed times shorter than the tasks took fail measured', () => {
  expect(failing(check(run([1, 2], amdahl, { shrink: 0.5 })))).toEqual(['measured']);
});

test('runs that found another number of primes than the sequential loop fail measured', () => {
  expect(failing(check(run([1, 2], amdahl, { primes: 20001 })))).toEqual(['measured']);
});
