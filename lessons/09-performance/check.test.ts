import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, report, schedule, workers } from '../test-helpers';
import type { OutputLine, ProcessRecord, TaskSpan } from '../../src/sandbox/report';

const work = 0.02; // one chunk's computation, in seconds

function run(o: { shared: boolean; cores?: number; parallelWork?: number; sharedResult?: string }) {
  const chunk = o.parallelWork ?? work;
  const eight = Array(8).fill(chunk) as number[];
  const tasks: TaskSpan[] = [];
  const processes: ProcessRecord[] = [mainProcess(3)];
  const output: OutputLine[] = [log(1, `System has ${o.cores ?? 2} CPU cores`, 0)];
  const r1 = schedule('processData', eight, { pids: [2, 3, 4, 5], start: 0.1 });
  tasks.push(...r1.tasks);
  processes.push(...workers(2, 4, 0.06, r1.end + 0.002));
  output.push(log(1, 'Simple map completed in 0.09 seconds', r1.end + 0.003));
  const r2 = schedule('processData', eight, { pids: [6, 7, 8, 9], start: r1.end + 0.05 });
  tasks.push(...r2.tasks);
  processes.push(...workers(6, 4, r1.end + 0.01, r2.end + 0.002));
  output.push(log(1, 'Map with partial completed in 0.09 seconds', r2.end + 0.003));
  const seqEnd = r2.end + 0.003 + 8 * work;
  output.push(
    log(1, 'Sequential processing completed in 0.16 seconds', seqEnd),
    log(1, 'Test 1 result: 333884.5705', seqEnd),
    log(1, 'Test 2 result: 667769.1410', seqEnd),
  );
  if (o.shared) {
    const r3 = schedule('processShared', eight, { pids: [10, 11, 12, 13], start: seqEnd + 0.05 });
    tasks.push(...r3.tasks);
    processes.push(...workers(10, 4, seqEnd + 0.01, r3.end + 0.002));
    const end = r3.end + 0.003;
    output.push(
      log(1, 'Shared memory completed in 0.08 seconds', end),
      log(1, `Shared memory result: ${o.sharedResult ?? '333884.5705'}`, end),
    );
  }
  return report({ processes, tasks, output, plots: 1 });
}

test('the solution passes', () => {
  expect(failing(check(run({ shared: true })))).toEqual([]);
});

test('the starter fails the shared-memory verdicts', () => {
  expect(failing(check(run({ shared: false })))).toEqual(['shared-tasks', 'shared-same']);
});

test('a shared version that reads the wrong chunk fails shared-same', () => {
  expect(failing(check(run({ shared: true, sharedResult: '333120.0021' })))).toEqual(['shared-same']);
});

test('no speed-up on 2 cores fails parallel-faster, but not on 1 core', () => {
  expect(failing(check(run({ shared: true, parallelWork: 4 * work })))).toEqual(['parallel-faster']);
  expect(failing(check(run({ shared: true, parallelWork: 4 * work, cores: 1 })))).toEqual([]);
});

test('no chart fails chart', () => {
  expect(failing(check({ ...run({ shared: true }), plots: 0 }))).toEqual(['chart']);
});
