import { expect, test } from 'vitest';
import type { ProcessRecord, TaskSpan } from '../../sandbox/report';
import { shapeTimeline } from './timeline-data';

const processes: ProcessRecord[] = [
  { pid: 2, ppid: 1, name: 'PoolWorker-1', start: 0.1, end: 1.5, exitCode: 0 },
  { pid: 1, ppid: 0, name: 'MainProcess', start: 0, end: null, exitCode: null },
];

test('one row per process, sorted by pid and labelled "pid N (name)"', () => {
  const data = shapeTimeline({ seconds: 1, processes, tasks: [] });
  expect(data.rows).toEqual([
    { pid: 1, label: 'pid 1 (MainProcess)' },
    { pid: 2, label: 'pid 2 (PoolWorker-1)' },
  ]);
  // The axis reaches the latest thing drawn, even past the report's seconds.
  expect(data.end).toBe(1.5);
  expect(data.lifetimes.find((l) => l.pid === 1)?.end).toBeNull();
});

test('a few tasks are drawn one bar each, with their argument summary', () => {
  const tasks: TaskSpan[] = [
    { pid: 2, fn: 'square', start: 0.2, end: 0.3, ok: true, args: [3] },
    { pid: 2, fn: 'square', start: 0.3, end: 0.5, ok: false },
  ];
  const data = shapeTimeline({ seconds: 1, processes, tasks });
  expect(data.merged).toBe(false);
  expect(data.tasks).toHaveLength(2);
  expect(data.tasks[0]).toMatchObject({ fn: 'square', count: 1, args: '3', ok: true });
  expect(data.tasks[1]?.busy).toBeCloseTo(0.2);
});

test('a task of a pid with no process record still gets a row', () => {
  const data = shapeTimeline({
    seconds: 1,
    processes: [],
    tasks: [{ pid: 7, fn: 'f', start: 0, end: 1, ok: true }],
  });
  expect(data.rows).toEqual([{ pid: 7, label: 'pid 7' }]);
});

test('100 000 spans become at most maxBars bars, keeping the widest gaps and every task', () => {
  const tasks: TaskSpan[] = [];
  for (let i = 0; i < 100_000; i++) {
    const pid = 2 + (i % 2);
    // Bursts of 100 back-to-back tasks per pid, with a pause between bursts (binary fractions,
    // so back-to-back really means a gap of 0).
    const burst = Math.floor(i / 200);
    const start = burst * 0.5 + (Math.floor(i / 2) % 100) / 1024;
    tasks.push({ pid, fn: i % 4 < 2 ? 'square' : 'cube', start, end: start + 1 / 1024, ok: true });
  }
  const data = shapeTimeline({ seconds: 250, processes, tasks }, 2000);

  expect(data.merged).toBe(true);
  expect(data.tasks.length).toBeLessThanOrEqual(2000);
  expect(data.tasks.reduce((sum, bar) => sum + bar.count, 0)).toBe(100_000);
  // The 500 bursts per pid stay apart: merging only closes the gaps inside a burst.
  expect(data.tasks.length).toBe(1000);
  expect(data.mergeGap).toBe(0);
  expect(data.tasks[0]?.fn).toBe('square, cube');
});

test('merging never hides a failed task inside a passing bar', () => {
  const tasks: TaskSpan[] = Array.from({ length: 50 }, (_, i) => ({
    pid: 2,
    fn: 'f',
    start: i * 0.01,
    end: i * 0.01 + 0.01,
    ok: i !== 25,
  }));
  const data = shapeTimeline({ seconds: 1, processes, tasks }, 5);
  expect(data.tasks.length).toBeLessThanOrEqual(5);
  expect(data.tasks.filter((bar) => !bar.ok)).toEqual([expect.objectContaining({ count: 1, start: 0.25 })]);
});
