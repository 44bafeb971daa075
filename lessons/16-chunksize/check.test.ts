import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, report, schedule, workers } from '../test-helpers';
import type { OutputLine, TaskSpan } from '../../src/sandbox/report';

const scale = 0.05;
const durations = Array.from({ length: 40 }, (_, i) => 0.01 * i * scale);
const n = 2000;

/** Part 1: n noop tasks per chunksize, each run followed by its rate line (`inflate` fakes it). */
function throughput(inflate = 1): { tasks: TaskSpan[]; output: OutputLine[]; end: number } {
  const tasks: TaskSpan[] = [];
  const output: OutputLine[] = [];
  let t = 0.05;
  for (const [k, chunksize] of [1, 10, 100, 1000].entries()) {
    const each = 0.00002 / (k + 1);
    const s = schedule('noop', Array<number>(n).fill(each), { pids: [2, 3], start: t, chunksize, gap: 0 });
    tasks.push(...s.tasks.map((span, i) => ({ ...span, args: [i], result: i })));
    const rate = (n / (s.end - t + 0.002)) * inflate;
    output.push(log(1, `chunksize ${chunksize}: ${Math.round(rate)} tasks/s`, s.end + 0.002));
    t = s.end + 0.003;
  }
  return { tasks, output, end: t };
}

function run(chunksize: number, o: { plots?: number; inflate?: number; part1?: boolean } = {}) {
  const part1 = o.part1 === false ? { tasks: [], output: [], end: 0.5 } : throughput(o.inflate);
  if (o.part1 === false) {
    part1.output = [1, 10, 100, 1000].map((c) => log(1, `chunksize ${c}: 61234 tasks/s`, 0.2));
  }
  const s = schedule('weighted', durations, { pids: [2, 3], start: part1.end + 0.01, chunksize });
  return report({
    processes: [mainProcess(s.end + 0.01), ...workers(2, 2, 0.01, s.end + 0.005)],
    tasks: [...part1.tasks, ...s.tasks.map((span, i) => ({ ...span, args: [i], result: i }))],
    plots: o.plots ?? 1,
    output: [...part1.output, log(1, `Uneven tasks, chunksize ${chunksize}: 0.20 seconds`, s.end + 0.002)],
  });
}

test('the solution (chunksize 1) passes, and so does chunksize 2', () => {
  expect(failing(check(run(1)))).toEqual([]);
  expect(failing(check(run(2)))).toEqual([]);
});

test('the starter (chunksize 20) fails balanced', () => {
  expect(failing(check(run(20)))).toEqual(['balanced']);
});

test("Python's default for 40 tasks on 2 workers (chunksize 5) is not balanced enough", () => {
  expect(failing(check(run(5)))).toEqual(['balanced']);
});

test('no chart fails throughput', () => {
  expect(failing(check(run(1, { plots: 0 })))).toEqual(['throughput']);
});

test('printing the four rates without mapping anything fails throughput', () => {
  expect(failing(check(run(1, { part1: false })))).toEqual(['throughput']);
});

test('rates far above what the tasks could give fail throughput', () => {
  expect(failing(check(run(1, { inflate: 3 })))).toEqual(['throughput']);
});

test('trying chunksize 20 first and then 1 passes: the last run counts', () => {
  const first = run(20);
  const second = run(1);
  const shift = first.seconds + 0.1;
  const weighted = second.tasks.filter((t) => t.fn === 'weighted');
  const r = {
    ...first,
    tasks: [...first.tasks, ...weighted.map((t) => ({ ...t, start: t.start + shift, end: t.end + shift }))],
    output: [...first.output, ...second.output.slice(-1).map((l) => ({ ...l, t: l.t + shift }))],
  };
  expect(failing(check(r))).toEqual([]);
});

test('part 2 past the first 10 000 recorded tasks (no arguments kept) is judged by its spans', () => {
  const r = run(1);
  r.tasks = r.tasks.map((t) =>
    t.fn === 'weighted' ? { pid: t.pid, fn: t.fn, start: t.start, end: t.end, ok: t.ok } : t,
  );
  expect(failing(check(r))).toEqual([]);
  const starter = run(20);
  starter.tasks = starter.tasks.map((t) =>
    t.fn === 'weighted' ? { pid: t.pid, fn: t.fn, start: t.start, end: t.end, ok: t.ok } : t,
  );
  expect(failing(check(starter))).toEqual(['balanced']);
});
