import { expect, test } from 'vitest';
import { startRun } from './run';

const twoFiles = {
  'main.ts': `import { Pool, getpid } from 'parallel';
import { square } from './work';

if (import.meta.main) {
  console.log('main is', getpid());
  await using pool = new Pool(2);
  const results = await pool.map(square, [1, 2, 3, 4]);
  console.log('results', results);
}
`,
  'work.ts': `export function square(x: number): number {
  return x * x;
}
`,
};

test('a two-file program with a Pool runs, and its report lists processes and task spans', async () => {
  const report = await startRun(twoFiles).report;
  expect(report.status).toBe('ok');
  expect(report.output.map((l) => l.text)).toEqual(['main is 1', 'results [1, 4, 9, 16]']);
  expect(report.processes.map((p) => [p.pid, p.ppid, p.exitCode])).toEqual([
    [1, 0, 0],
    [2, 1, -15],
    [3, 1, -15],
  ]);
  expect(report.tasks).toHaveLength(4);
  expect(
    report.tasks.every((t) => t.fn === 'square' && t.ok && t.end >= t.start && [2, 3].includes(t.pid)),
  ).toBe(true);
});

test('import.meta.main is true only for the entry module in the main process', async () => {
  const report = await startRun({
    'main.ts': `import { Process } from 'parallel';
import { helperIsMain } from './helper';
export function child() { console.log('child sees', import.meta.main); }
console.log('top level sees', import.meta.main, 'helper', helperIsMain);
if (import.meta.main) { const p = new Process({ target: child }); p.start(); await p.join(); }
`,
    'helper.ts': 'export const helperIsMain = import.meta.main;\n',
  }).report;
  expect(report.output.map((l) => `${l.pid}: ${l.text}`)).toEqual([
    '1: top level sees true helper false',
    '2: top level sees false helper false',
    '2: child sees false',
  ]);
});

test('an endless loop in a pool task and in the main process is stopped, and the next run works', async () => {
  const looping = startRun({
    'main.ts': `import { Pool } from 'parallel';
export function forever() { for (;;) {} }
if (import.meta.main) {
  const pool = new Pool(2);
  pool.applyAsync(forever);
  console.log('looping');
  for (;;) {}
}
`,
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  looping.stop();
  const stopped = await looping.report;
  expect(stopped.status).toBe('stopped');
  expect(stopped.processes.every((p) => p.end !== null)).toBe(true);
  const next = await startRun(twoFiles).report;
  expect(next.status).toBe('ok');
});

test('a time limit ends a run with status timeout', async () => {
  const report = await startRun({ 'main.ts': 'for (;;) {}\n' }, { timeLimit: 0.3 }).report;
  expect(report.status).toBe('timeout');
});

test('a program without the import.meta.main guard that starts a Process gets the guard explained', async () => {
  const report = await startRun({
    'main.ts': `import { Process } from 'parallel';
export function work() { console.log('working'); }
const p = new Process({ target: work });
p.start();
await p.join();
`,
  }).report;
  const errors = report.output
    .filter((l) => l.stream === 'error')
    .map((l) => l.text)
    .join('\n');
  expect(errors).toContain('import.meta.main');
  expect(errors).toContain('__name__');
  expect(report.processes.find((p) => p.pid === 2)?.exitCode).toBe(1);
});

test('a syntax error stops the run with file:line:column', async () => {
  const report = await startRun({ 'main.ts': 'const ok = 1;\n\nconst broken = ;\n' }).report;
  expect(report.status).toBe('error');
  expect(report.error?.name).toBe('SyntaxError');
  expect(report.error?.stack).toContain('main.ts:3:');
});

test("a runtime error points to the learner's TypeScript line", async () => {
  const report = await startRun({
    'main.ts': `type Point = { x: number };
interface Shape { area(): number }

function fail(p: Point): never {
  throw new RangeError('bad point ' + p.x);
}
fail({ x: 3 });
`,
  }).report;
  expect(report.status).toBe('error');
  expect(report.error).toMatchObject({ name: 'RangeError', message: 'bad point 3' });
  expect(report.error?.stack).toMatch(/main\.ts:5:\d+/);
  expect(report.output.at(-1)?.text).toMatch(/main\.ts:5/);
});

test('a bare import of an unknown package fails clearly', async () => {
  const report = await startRun({ 'main.ts': "import _ from 'lodash';\nconsole.log(_);\n" }).report;
  expect(report.status).toBe('error');
  expect(report.error?.message).toMatch(/Can't import "lodash".*"parallel"/);
  expect(report.error?.stack).toContain('main.ts:1:');
});

test('in Japanese, the linker and the workers explain mistakes in Japanese', async () => {
  const unknown = await startRun(
    { 'main.ts': "import _ from 'lodash';\nconsole.log(_);\n" },
    { language: 'ja' },
  ).report;
  expect(unknown.error?.message).toMatch(/"lodash" は import できません。.*"parallel"/);
  const child = await startRun(
    {
      'main.ts': `import { Process, SharedArray } from 'parallel';
export function work() { new SharedArray('z', 1); }
if (import.meta.main) {
  const p = new Process({ target: work });
  p.start();
  await p.join();
}
`,
    },
    { language: 'ja' },
  ).report;
  expect(child.output.map((line) => line.text).join('\n')).toContain('型コード "z" はありません。');
});

test('time scale: sleep(1) sleeps 1 × scale', async () => {
  const report = await startRun(
    {
      'main.ts':
        "import { sleep, time } from 'parallel';\nconst t = time();\nsleep(1);\nconsole.log(time() - t);\n",
    },
    { timeScale: 0.05 },
  ).report;
  const slept = Number(report.output[0]?.text);
  expect(slept).toBeGreaterThanOrEqual(0.045);
  expect(slept).toBeLessThan(0.5);
});

test('console output of objects is readable', async () => {
  const report = await startRun({
    'main.ts': "console.log([1, 'a'], { a: 1 }, new Map([[1, 2]]), new Float64Array([1.5]), new Set([3]));\n",
  }).report;
  expect(report.output[0]?.text).toBe(
    "[1, 'a'] { a: 1 } Map(1) { 1 => 2 } Float64Array(1) [1.5] Set(1) { 3 }",
  );
});

test('subprocess.run runs another file as its own program and captures its output and exit code', async () => {
  const report = await startRun({
    'main.ts': `import { run } from 'parallel/subprocess';
if (import.meta.main) {
  const ok = await run('worker_script.ts');
  console.log('ok', ok.exitCode, JSON.stringify(ok.stdout), ok.seconds > 0);
  const failed = await run('broken.ts');
  console.log('failed', failed.exitCode, failed.stderr.includes('boom'));
  const syntax = await run('syntax.ts');
  console.log('syntax', syntax.exitCode, syntax.stderr.includes('syntax.ts:1'));
}
`,
    'worker_script.ts': `import { Pool, getpid } from 'parallel';
export function double(x: number) { console.log('doubling', x); return 2 * x; }
if (import.meta.main) {
  await using pool = new Pool(1);
  console.log('results', await pool.map(double, [1]), 'from', getpid());
}
`,
    'broken.ts': "throw new Error('boom');\n",
    'syntax.ts': 'const = 1;\n',
  }).report;
  const main = report.output.filter((l) => l.pid === 1).map((l) => l.text);
  expect(main).toContain('ok 0 "doubling 1\\nresults [2] from 2\\n" true');
  expect(main).toContain('failed 1 true');
  expect(main).toContain('syntax 1 true');
  expect(report.processes.find((p) => p.pid === 2)).toMatchObject({ ppid: 1, exitCode: 0 });
});
