import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, report, schedule, workers } from '../test-helpers';

const files = [1, 2, 3, 4, 5].map((n) => `/sample_images/sample_${n}.png`);

test('the solution passes', () => {
  const s = schedule('createImage', [0.06, 0.06, 0.061, 0.059, 0.06], { pids: [2, 3], start: 0.05 });
  const r = report({
    processes: [mainProcess(s.end + 0.01), ...workers(2, 2, 0.01, s.end + 0.005)],
    tasks: s.tasks,
    files,
    output: [
      ...s.tasks.map((t, i) => log(t.pid, `Created image: sample_images/sample_${i + 1}.png`, t.end)),
      log(1, 'All sample images created successfully', s.end + 0.002),
    ],
  });
  expect(failing(check(r))).toEqual([]);
});

test('the starter (sequential, in the main process) fails parallel', () => {
  const r = report({
    processes: [mainProcess(0.35)],
    files,
    output: [
      ...files.map((f, i) => log(1, `Created image: ${f.slice(1)}`, 0.06 * (i + 1))),
      log(1, 'All sample images created successfully', 0.31),
    ],
  });
  expect(failing(check(r))).toEqual(['parallel']);
});

test('forgetting to await the map fails waited (and saves nothing in time)', () => {
  const s = schedule('createImage', [0.06, 0.06, 0.06, 0.06, 0.06], { pids: [2, 3], start: 0.05 });
  const r = report({
    processes: [mainProcess(s.end + 0.01), ...workers(2, 2, 0.01, s.end)],
    tasks: s.tasks,
    files: files.slice(0, 2),
    output: [log(1, 'All sample images created successfully', 0.02)],
  });
  expect(failing(check(r))).toEqual(['files', 'waited']);
});
