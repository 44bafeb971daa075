import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, report } from '../test-helpers';

function run(order: number[], kinds: string[]) {
  const output = [log(1, `Found ${order.length} images to process`, 0.01)];
  let t = 0.02;
  for (const n of order) {
    output.push(log(1, `Processing image: sample_${n}.png`, t));
    t += 0.4;
    output.push(log(1, `Completed processing sample_${n}.png in 0.40 seconds`, t));
  }
  output.push(log(1, 'Total processing time: 2.00 seconds', t + 0.001));
  return report({
    processes: [mainProcess(t + 0.01)],
    output,
    files: order.flatMap((n) => kinds.map((k) => `processed_images/sample_${n}_${k}.png`)),
  });
}

const four = ['blurred', 'edges', 'embossed', 'sharpened'];

test('the solution passes', () => {
  expect(failing(check(run([1, 2, 3, 4, 5], [...four, 'contour'])))).toEqual([]);
});

test("the starter (listdir's order, four filters) fails sorted and outputs", () => {
  expect(failing(check(run([4, 2, 1, 5, 3], four)))).toEqual(['sorted', 'outputs']);
});

test('a plain string sort is fine for five images, but a missing contour is not', () => {
  expect(failing(check(run([1, 2, 3, 4, 5], four)))).toEqual(['outputs']);
});

test('running it in a pool fails sequential', () => {
  const r = run([1, 2, 3, 4, 5], [...four, 'contour']);
  r.processes.push({ pid: 2, ppid: 1, name: 'PoolWorker-1', start: 0.01, end: 1, exitCode: 0 });
  r.tasks.push({ pid: 2, fn: 'processImage', start: 0.02, end: 0.4, ok: true });
  expect(failing(check(r))).toEqual(['sequential']);
});
