import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, proc, report, task } from '../test-helpers';

const four = ['blur', 'edges', 'emboss', 'sharpen'];

// listdir's order, as the lab saw it: 4, 2, 1, 5, 3.
function run(kinds: string[], o: { write?: boolean } = {}) {
  const order = [4, 2, 1, 5, 3];
  const output = [log(1, 'Found 5 images to process', 0.01)];
  let t = 0.02;
  for (const n of order) {
    output.push(log(1, `Processing image: sample_${n}.png`, t));
    t += 0.4;
    output.push(log(1, `Completed processing sample_${n}.png in 0.40 seconds`, t));
  }
  output.push(
    log(1, '\nSequential processing completed', t + 0.001),
    log(1, 'Total processing time: 2.00 seconds', t + 0.001),
  );
  return report({
    processes: [mainProcess(t + 0.01)],
    output,
    files:
      o.write === false
        ? []
        : order.flatMap((n) => kinds.map((k) => `processed_sequential/${k}_sample_${n}.png`)),
  });
}

test('the solution passes', () => {
  expect(failing(check(run([...four, 'contour'])))).toEqual([]);
});

test('the starter (the lab: four filters) fails outputs', () => {
  expect(failing(check(run(four)))).toEqual(['outputs']);
});

test('printing the lines without writing the files fails outputs', () => {
  expect(failing(check(run([...four, 'contour'], { write: false })))).toEqual(['outputs']);
});

test("the old names (processed_images/sample_1_blurred.png) are not the lab's", () => {
  const r = run([]);
  r.files = [1, 2, 3, 4, 5].flatMap((n) =>
    ['blurred', 'edges', 'embossed', 'sharpened', 'contour'].map(
      (k) => `processed_images/sample_${n}_${k}.png`,
    ),
  );
  expect(failing(check(r))).toEqual(['outputs']);
});

test('running it in a pool fails sequential', () => {
  const r = run([...four, 'contour']);
  r.processes.push(proc(2, 0.01, 1, { name: 'PoolWorker-1' }));
  r.tasks.push(task(2, 'applyFilters', 0.02, 0.4));
  expect(failing(check(r))).toEqual(['sequential']);
});
