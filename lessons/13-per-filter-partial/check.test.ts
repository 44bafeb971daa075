import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, report, schedule, workers } from '../test-helpers';
import type { ProcessRecord, TaskSpan, Value } from '../../src/sandbox/report';

const filters: [string, Value][] = [
  ['blur', { kind: 'gaussian', name: 'GaussianBlur(5)', radius: 5 }],
  [
    'edges',
    {
      kind: 'kernel',
      name: 'FIND_EDGES',
      size: 3,
      kernel: [-1, -1, -1, -1, 8, -1, -1, -1, -1],
      scale: 1,
      offset: 0,
    },
  ],
  [
    'emboss',
    { kind: 'kernel', name: 'EMBOSS', size: 3, kernel: [-1, 0, 0, 0, 1, 0, 0, 0, 0], scale: 1, offset: 128 },
  ],
  [
    'sharpen',
    {
      kind: 'kernel',
      name: 'SHARPEN',
      size: 3,
      kernel: [-2, -2, -2, -2, 32, -2, -2, -2, -2],
      scale: 16,
      offset: 0,
    },
  ],
  [
    'contour',
    {
      kind: 'kernel',
      name: 'CONTOUR',
      size: 3,
      kernel: [-1, -1, -1, -1, 8, -1, -1, -1, -1],
      scale: 1,
      offset: 255,
    },
  ],
  [
    'detail',
    {
      kind: 'kernel',
      name: 'DETAIL',
      size: 3,
      kernel: [0, -1, 0, -1, 10, -1, 0, -1, 0],
      scale: 6,
      offset: 0,
    },
  ],
  [
    'smooth',
    { kind: 'kernel', name: 'SMOOTH', size: 3, kernel: [1, 1, 1, 1, 5, 1, 1, 1, 1], scale: 13, offset: 0 },
  ],
  ['smoothmore', { kind: 'kernel', name: 'SMOOTH_MORE', size: 5, kernel: [], scale: 100, offset: 0 }],
];
const order = [4, 2, 1, 5, 3];
const files = order.flatMap((n) => filters.map(([name]) => `processed_advanced/${name}_sample_${n}.png`));
const eight = [0.14, 0.16, 0.1, 0.17, 0.16, 0.15, 0.09, 0.12];

type Args = (pair: [string, Value], n: number) => Value[];
const itemOnly: Args = (pair) => [pair];
const fullCall: Args = (pair, n) => [pair, `sample_images/sample_${n}.png`, 'processed_advanced'];

function run(o: { poolPerImage: boolean; args?: Args }) {
  const args = o.args ?? fullCall;
  const tasks: TaskSpan[] = [];
  const processes: ProcessRecord[] = [];
  let t = 0.02;
  let pid = 2;
  let pids = [2, 3];
  if (!o.poolPerImage) processes.push(...workers(2, 2, t, null));
  for (const n of order) {
    if (o.poolPerImage) {
      pids = [pid, pid + 1];
      processes.push(...workers(pid, 2, t, t + 0.7));
      pid += 2;
      t += 0.06; // the new workers' start-up
    }
    const s = schedule('applyFilter', eight, { pids, start: t, chunksize: 1 });
    tasks.push(
      ...s.tasks.map((span, i) => {
        const pair = filters[i] as [string, Value];
        return { ...span, args: args(pair, n), result: [pair[0], `sample_${n}.png`, eight[i] ?? 0] };
      }),
    );
    t = s.end + 0.005;
  }
  for (const p of processes) if (p.end === null) p.end = t;
  return report({
    processes: [mainProcess(t + 0.01), ...processes],
    tasks,
    files,
    output: [
      log(1, 'Found 5 images to process with 8 filters each', 0.01),
      log(1, 'Total operations: 40', t),
    ],
  });
}

test('the solution (one pool) passes, whether the record holds the fixed arguments or only the item', () => {
  expect(failing(check(run({ poolPerImage: false })))).toEqual([]);
  expect(failing(check(run({ poolPerImage: false, args: itemOnly })))).toEqual([]);
});

test("the starter (the lab's pool per image) fails one-pool", () => {
  expect(failing(check(run({ poolPerImage: true })))).toEqual(['one-pool']);
});

test('printing the lines without running anything fails everything', () => {
  const r = run({ poolPerImage: false });
  r.tasks = [];
  r.files = [];
  r.processes = [mainProcess(r.seconds)];
  expect(failing(check(r))).toEqual(['outputs', 'partial', 'one-pool']);
});

test('fixing the wrong folder fails partial', () => {
  const r = run({
    poolPerImage: false,
    args: (pair, n) => [pair, `sample_images/sample_${n}.png`, 'advanced_processed'],
  });
  expect(failing(check(r))).toEqual(['partial']);
});

test('mapping over the filter names instead of the [name, filter] pairs fails partial', () => {
  const r = run({
    poolPerImage: false,
    args: (pair, n) => [`sample_images/sample_${n}.png`, pair[0], 'processed_advanced'],
  });
  expect(failing(check(r))).toEqual(['partial']);
});

test('missing outputs fail outputs', () => {
  const r = run({ poolPerImage: false });
  r.files = r.files.filter((f) => !f.includes('smoothmore'));
  expect(failing(check(r))).toEqual(['outputs']);
});

test('one pool whose second worker started late (a busy machine) still passes one-pool', () => {
  const r = run({ poolPerImage: false });
  const late = r.processes.find((p) => p.pid === 3);
  if (late) late.start = 0.5;
  r.tasks = r.tasks.map((t) => (t.pid === 3 && t.start < 0.5 ? { ...t, pid: 2 } : t));
  expect(failing(check(r))).toEqual([]);
});
