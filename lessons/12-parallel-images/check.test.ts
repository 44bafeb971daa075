import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, report, schedule, workers } from '../test-helpers';
import type { OutputLine } from '../../src/sandbox/report';

const files = [1, 2, 3, 4, 5].flatMap((n) =>
  ['blurred', 'edges', 'embossed', 'sharpened'].map((k) => `processed_images/sample_${n}_${k}.png`),
);

function run(mode: 'stream' | 'map' | 'stream-after', pids = [2, 3]) {
  const s = schedule('processImage', [0.36, 0.35, 0.37, 0.36, 0.35], { pids, start: 0.05 });
  const output: OutputLine[] = [log(1, `Using ${pids.length} processes for parallel processing`, 0.001)];
  s.tasks.forEach((t, i) =>
    output.push(log(t.pid, `Process ${t.pid} processing image: sample_${i + 1}.png`, t.start)),
  );
  if (mode === 'stream') {
    s.tasks.forEach((t, i) =>
      output.push(log(1, `Done: sample_${i + 1}.png in 0.36 seconds`, t.end + 0.001)),
    );
  }
  if (mode === 'stream-after') {
    [1, 2, 3, 4, 5].forEach((n) =>
      output.push(log(1, `Done: sample_${n}.png in 0.36 seconds`, s.end + 0.002)),
    );
  }
  output.push(log(1, 'Total processing time: 1.10 seconds', s.end + 0.003));
  output.sort((a, b) => a.t - b.t);
  return report({
    processes: [mainProcess(s.end + 0.01), ...workers(2, pids.length, 0.01, s.end + 0.005)],
    tasks: s.tasks,
    output,
    files,
  });
}

test('the solution passes', () => {
  expect(failing(check(run('stream')))).toEqual([]);
});

test('the starter (map, summary at the end) fails streamed', () => {
  expect(failing(check(run('map')))).toEqual(['streamed']);
});

test('printing "Done:" lines only after map returned fails streamed', () => {
  expect(failing(check(run('stream-after')))).toEqual(['streamed']);
});

test('a pool of one worker on a 2-core machine fails parallel', () => {
  const r = run('stream', [2]);
  r.output[0] = log(1, 'Using 2 processes for parallel processing', 0.001);
  expect(failing(check(r))).toEqual(['parallel']);
});
