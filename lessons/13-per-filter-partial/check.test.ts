import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, report, schedule, workers } from '../test-helpers';
import type { ProcessRecord, TaskSpan } from '../../src/sandbox/report';

const slugs = ['blur', 'edges', 'emboss', 'sharpen', 'contour', 'detail', 'smooth', 'smoothmore'];
const files = [1, 2, 3, 4, 5].flatMap((n) => slugs.map((s) => `advanced_processed/sample_${n}_${s}.png`));
const eight = [0.14, 0.16, 0.1, 0.17, 0.16, 0.15, 0.09, 0.12];

function run(poolPerImage: boolean) {
  const tasks: TaskSpan[] = [];
  const processes: ProcessRecord[] = [];
  let t = 0.02;
  let pid = 2;
  let pids = [2, 3];
  if (!poolPerImage) processes.push(...workers(2, 2, t, null));
  for (let image = 0; image < 5; image++) {
    if (poolPerImage) {
      pids = [pid, pid + 1];
      processes.push(...workers(pid, 2, t, t + 0.7));
      pid += 2;
      t += 0.06; // the new workers' start-up
    }
    const s = schedule('applyFilter', eight, { pids, start: t, chunksize: 1 });
    tasks.push(...s.tasks);
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

test('the solution (one pool) passes', () => {
  expect(failing(check(run(false)))).toEqual([]);
});

test("the starter (the lab's pool per image) fails one-pool", () => {
  expect(failing(check(run(true)))).toEqual(['one-pool']);
});

test('missing outputs fail outputs', () => {
  const r = run(false);
  r.files = r.files.filter((f) => !f.includes('smoothmore'));
  expect(failing(check(r))).toEqual(['outputs']);
});
