import { expect, test } from 'vitest';
import { ReportBuilder } from './report-builder';
import type { RuntimeEvent } from '../runtime/events';

const tasks = (pid: number, bounds: number[], extra: Partial<RuntimeEvent & { type: 'tasks' }> = {}) =>
  ({
    type: 'tasks',
    pid,
    fn: 'square',
    bounds: Float64Array.from(bounds),
    failedAt: -1,
    ...extra,
  }) as RuntimeEvent;

test('task events become one span per task, in arrival order, for snapshots and the report', () => {
  const builder = new ReportBuilder();
  builder.add(tasks(2, [0.1, 0.2, 0.4]));
  expect(builder.snapshot(1).tasks.map((s) => [s.pid, s.start, s.end, s.ok])).toEqual([
    [2, 0.1, 0.2, true],
    [2, 0.2, 0.4, true],
  ]);
  // Events after a snapshot join the spans made for it.
  builder.add(tasks(3, [0.3, 0.5, 0.6], { failedAt: 1 }));
  const report = builder.report('ok', 1);
  expect(report.tasks.map((s) => [s.pid, s.start, s.end, s.ok])).toEqual([
    [2, 0.1, 0.2, true],
    [2, 0.2, 0.4, true],
    [3, 0.3, 0.5, true],
    [3, 0.5, 0.6, false],
  ]);
  expect(builder.report('ok', 1).tasks, 'spans are made once').toHaveLength(4);
});

test("a long chunk of tiny tasks, timed in groups (marks), still gives a span per task: a group's tasks share its time", () => {
  const builder = new ReportBuilder();
  // Tasks 0..1 from 0 to 2 s, tasks 2..5 from 2 to 6 s, task 6 from 6 to 7 s; task 6 threw.
  builder.add(tasks(2, [0, 2, 6, 7], { marks: Float64Array.from([0, 2, 6, 7]), failedAt: 6 }));
  expect(builder.report('ok', 1).tasks.map((s) => [s.start, s.end, s.ok])).toEqual([
    [0, 1, true],
    [1, 2, true],
    [2, 3, true],
    [3, 4, true],
    [4, 5, true],
    [5, 6, true],
    [6, 7, false],
  ]);
});

test("the recorded tasks' arguments, results and error go on their spans", () => {
  const builder = new ReportBuilder();
  builder.add(
    tasks(2, [0, 1, 2, 3], {
      failedAt: 2,
      records: {
        args: Float64Array.from([4, 5, 6]),
        star: false,
        results: Float64Array.from([16, 25]),
        error: { error: 'ValueError', message: 'bad' },
      },
    }),
  );
  const [first, second, third] = builder.report('ok', 1).tasks;
  expect([first?.args, first?.result]).toEqual([[4], 16]);
  expect([second?.args, second?.result]).toEqual([[5], 25]);
  expect([third?.ok, third?.args, third?.result, third?.error]).toEqual([
    false,
    [6],
    undefined,
    { error: 'ValueError', message: 'bad' },
  ]);
});
