import { test, expect, printed } from './fixtures';

// What a learner relies on in every engine, beyond the lessons: Stop, shared memory, files,
// pools started one after another, and the end of a run arriving whole.
const timeScale = 0.1;

test.beforeEach(async ({ lab }) => {
  await lab.open('01-first-worker');
});

test('Stop ends an endless loop in the main process and in pool workers, at once', async ({ lab }) => {
  await lab.setFiles({
    'main.ts': `import { Pool } from 'parallel';
export function spin(): number { for (;;) {} }
if (import.meta.main) {
  const pool = new Pool(2);
  void pool.map(spin, [1, 2]);
  console.log('spinning');
  for (;;) {}
}
`,
  });
  const { report, stoppedAfter } = await lab.engine.evaluate(async () => {
    const run = window.parallelLab.run({ timeLimit: 120 });
    // Stop once the loop has surely started: the main process printed, and a moment passed.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const asked = performance.now();
    window.parallelLab.stop();
    const stopped = await run;
    return { report: stopped, stoppedAfter: performance.now() - asked };
  });
  expect(report.status, printed(report)).toBe('stopped');
  expect(stoppedAfter).toBeLessThan(2000);
  expect(report.processes.every((p) => p.end !== null)).toBe(true);
  // The page is free again: the next run runs.
  await lab.setFiles({ 'main.ts': `console.log('after stop');\n` });
  const next = await lab.run({ timeScale, timeLimit: 60 });
  expect(next.report.output.map((line) => line.text)).toEqual(['after stop']);
});

test('shared memory: workers add into one SharedArray under its lock, and the main process sees the sum', async ({
  lab,
}) => {
  expect(await lab.isolated()).toBe(true);
  await lab.setFiles({
    'main.ts': `import { Pool, SharedArray, Value } from 'parallel';
export function add(total: Value, cells: SharedArray, n: number): void {
  for (let i = 0; i < 1000; i++) {
    const lock = total.getLock();
    lock.acquire();
    total.value += n;
    lock.release();
  }
  cells.set(n, n * n);
}
if (import.meta.main) {
  const total = new Value('i', 0);
  const cells = new SharedArray('d', 8);
  await using pool = new Pool(4);
  await pool.starmap(add, [0, 1, 2, 3, 4, 5, 6, 7].map((n) => [total, cells, n]));
  console.log(total.value, cells.toArray().join(' '));
}
`,
  });
  const { report } = await lab.run({ timeScale, timeLimit: 60 });
  expect(report.status, printed(report)).toBe('ok');
  expect(report.output.map((line) => line.text)).toEqual([`${28 * 1000} 0 1 4 9 16 25 36 49`]);
  expect(new Set(report.tasks.map((task) => task.pid)).size).toBeGreaterThan(1);
});

test('the image lab writes its files: filtered in a pool, saved, listed and read back', async ({ lab }) => {
  // Its own folder: the engine's one page keeps every test's files (the badge's test writes too).
  await lab.setFiles({
    'main.ts': `import { Pool } from 'parallel';
import { Image, ImageFilter } from 'parallel/image';
import { listdir, makedirs, readFile } from 'parallel/fs';
export async function blur(n: number): Promise<string> {
  const path = \`image_lab_test/blurred_\${n}.png\`;
  await Image.random(64, 48, n).filter(ImageFilter.GaussianBlur(2)).save(path);
  return path;
}
if (import.meta.main) {
  await makedirs('image_lab_test', { existOk: true });
  {
    await using pool = new Pool(2);
    await pool.map(blur, [1, 2, 3]);
  }
  const names = await listdir('image_lab_test');
  const back = await Image.open('image_lab_test/blurred_2.png');
  console.log(names.join(' '), back.width, back.height, (await readFile('image_lab_test/blurred_3.png')).length > 0);
}
`,
  });
  const { report } = await lab.run({ timeScale, timeLimit: 60 });
  expect(report.status, printed(report)).toBe('ok');
  expect(report.files).toEqual(
    expect.arrayContaining([
      'image_lab_test/blurred_1.png',
      'image_lab_test/blurred_2.png',
      'image_lab_test/blurred_3.png',
    ]),
  );
  expect(report.output.map((line) => line.text)).toEqual([
    'blurred_1.png blurred_2.png blurred_3.png 64 48 true',
  ]);
});

test('twenty pools in a row start and end (each new Worker() made in a worker returns)', async ({ lab }) => {
  // The hang this guards against was Firefox's (a nested new Worker() blocking for good under a
  // WebDriver BiDi session); in WebKitGTK 80 worker starts cost 1.7 min of CI's time (measured).
  test.skip(lab.engine.name === 'webkit', "Firefox's nested-worker hang; too slow in WebKitGTK for CI");
  await lab.setFiles({
    'main.ts': `import { Pool } from 'parallel';
export function double(x: number): number { return 2 * x; }
if (import.meta.main) {
  let sum = 0;
  for (let round = 0; round < 20; round++) {
    await using pool = new Pool(4);
    sum += (await pool.map(double, [1, 2, 3, 4])).reduce((a, b) => a + b, 0);
  }
  console.log(sum);
}
`,
  });
  const { report } = await lab.run({ timeScale, timeLimit: 100 });
  expect(report.status, printed(report)).toBe('ok');
  expect(report.output.map((line) => line.text)).toEqual(['400']);
});

test('the last lines of a run longer than 2 s all arrive, with the exit of the main process', async ({
  lab,
}) => {
  await lab.setFiles({
    'main.ts': `import { sleep } from 'parallel';
if (import.meta.main) {
  sleep(25);
  const big = new Float64Array(2_000_000).map((_, i) => i);
  for (let i = 0; i < 5; i++) console.log('line', i);
  console.log('all squared', big.every((v, i) => v === i));
}
`,
  });
  for (let round = 0; round < 4; round++) {
    const { report } = await lab.run({ timeScale, timeLimit: 60 });
    expect(report.status, printed(report)).toBe('ok');
    expect(report.output.map((line) => line.text)).toEqual([
      'line 0',
      'line 1',
      'line 2',
      'line 3',
      'line 4',
      'all squared true',
    ]);
    expect(report.processes.find((p) => p.pid === 1)?.exitCode).toBe(0);
  }
});
