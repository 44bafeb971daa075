import { expect, test } from 'vitest';
import check from './check';
import { at, failing, log, mainProcess, report, schedule, workers } from '../test-helpers';
import type { OutputLine, ProcessRecord, TaskSpan, Value } from '../../src/sandbox/report';

const work = 0.02; // one chunk's computation, in seconds
const eight = Array(8).fill(work) as number[];
// Each chunk as the runtime records it (a Float64Array: its first values), and its sum of squares.
const chunks: Value[] = Array.from({ length: 8 }, (_, i) => ({
  typed: 'Float64Array',
  length: 1000000,
  values: [i / 10, 0.5, 0.25, { more: 999997 }],
}));
const sums = Array.from({ length: 8 }, (_, i) => 333000 + i * 17.123456);
const allChunks: Value = { shared: 'd', length: 8000000 };

interface Options {
  shared?: boolean;
  multiplier?: number;
  sharedResult?: (i: number) => number;
  itemsOnly?: boolean;
}

function run(o: Options) {
  const tasks: TaskSpan[] = [];
  const processes: ProcessRecord[] = [mainProcess(3)];
  const output: OutputLine[] = [log(1, 'Created 8 data chunks of size 1000000 each', 0.05)];
  const pool = (fn: string, firstPid: number, start: number, records: { args: Value[]; result: Value }[]) => {
    const s = schedule(fn, eight, { pids: [0, 1, 2, 3].map((k) => firstPid + k), start, records });
    tasks.push(...s.tasks);
    processes.push(...workers(firstPid, 4, start - 0.04, s.end + 0.002));
    return s.end + 0.003;
  };
  const bound = (options: Value) => (o.itemsOnly ? [] : [options]);
  const end1 = pool(
    'processDataSimple',
    2,
    0.1,
    chunks.map((c, i) => ({ args: [c], result: at(sums, i) })),
  );
  output.push(log(1, 'Simple map completed in 0.0900 seconds', end1));
  const multiplier = o.multiplier ?? 2;
  const end2 = pool(
    'processDataWithConfig',
    6,
    end1 + 0.05,
    chunks.map((c, i) => ({ args: [c, ...bound({ multiplier })], result: at(sums, i) * multiplier })),
  );
  output.push(log(1, 'Map with partial completed in 0.0900 seconds', end2));
  let end = end2 + 8 * work;
  output.push(log(1, 'Sequential processing completed in 0.1600 seconds', end));
  if (o.shared) {
    end = pool(
      'processSharedChunk',
      10,
      end + 0.05,
      chunks.map((_c, i) => ({
        args: [i, ...bound({ allChunks, chunkSize: 1000000 })],
        result: o.sharedResult?.(i) ?? at(sums, i),
      })),
    );
    output.push(log(1, 'Shared memory completed in 0.0800 seconds', end));
  }
  output.push(
    log(1, '\nFirst result from each test:', end),
    log(1, `Test 1 first result: ${at(sums, 0).toFixed(4)}`, end),
    log(1, `Test 2 first result: ${(2 * at(sums, 0)).toFixed(4)} (should be double of Test 1)`, end),
    log(1, `Sequential first result: ${at(sums, 0).toFixed(4)}`, end),
  );
  if (o.shared) {
    output.push(
      log(1, `Shared memory first result: ${(o.sharedResult?.(0) ?? at(sums, 0)).toFixed(4)}`, end),
    );
  }
  return report({ processes, tasks, output });
}

test('the solution passes, whether a partial task is recorded with its bound options or not', () => {
  expect(failing(check(run({ shared: true })))).toEqual([]);
  expect(failing(check(run({ shared: true, itemsOnly: true })))).toEqual([]);
});

test('the starter fails shared-memory', () => {
  expect(failing(check(run({})))).toEqual(['shared-memory']);
});

test('a partial that does not double (multiplier 1) fails partial-doubles', () => {
  expect(failing(check(run({ shared: true, multiplier: 1 })))).toEqual(['partial-doubles']);
});

test('a shared version that reads past the chunks (index * 8) fails shared-memory', () => {
  expect(failing(check(run({ shared: true, sharedResult: (i) => (i === 0 ? at(sums, 0) : 0) })))).toEqual([
    'shared-memory',
  ]);
});

test('the main process printing every line, with no pool, fails every verdict', () => {
  const printed = run({ shared: true });
  printed.tasks = [];
  printed.processes = [mainProcess(1)];
  expect(failing(check(printed))).toEqual(['simple-map', 'partial-doubles', 'shared-memory']);
});

test('a Test 1 that the tasks did not return fails simple-map', () => {
  const typed = run({ shared: true });
  typed.output = typed.output.map((l) =>
    l.text.startsWith('Test 1') || l.text.startsWith('Sequential first')
      ? { ...l, text: l.text.replace(at(sums, 0).toFixed(4), '333333.3333') }
      : l,
  );
  expect(failing(check(typed))).toContain('simple-map');
});
