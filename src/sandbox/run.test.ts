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

test('lines printed just before an endless loop reach the report', async () => {
  // The loop never yields, so only lines already sent survive Stop: 'one' always was; before the
  // fix, 'two' and 'three' waited for a timer that never fired.
  let printing = (): void => {};
  const printed = new Promise<void>((resolve) => (printing = resolve));
  const looping = startRun(
    { 'main.ts': "console.log('one');\nconsole.log('two');\nconsole.log('three');\nfor (;;) {}\n" },
    { onUpdate: (view) => view.output.length > 0 && printing() },
  );
  await printed;
  await new Promise((resolve) => setTimeout(resolve, 1000));
  looping.stop();
  const stopped = await looping.report;
  expect(stopped.status).toBe('stopped');
  expect(stopped.output.map((l) => l.text)).toEqual(['one', 'two', 'three']);
});

test('a run and its first children start in workers started before they were asked for', async () => {
  // The first run's program worker was started by nobody ahead of it; its end starts the next.
  await startRun({ 'main.ts': "console.log('warm-up')" }).report;
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const askedAt = performance.timeOrigin + performance.now();
  const report = await startRun({
    'main.ts': `import { Pool, Process, time } from 'parallel';
export function child(asked: number) { console.log('child started ahead:', performance.timeOrigin < asked); }
if (import.meta.main) {
  console.log('main started ahead:', performance.timeOrigin < ${askedAt});
  const p = new Process({ target: child, args: [time() * 1000] });
  p.start();
  await p.join();
}
`,
  }).report;
  expect(report.output.map((l) => l.text)).toEqual(['main started ahead: true', 'child started ahead: true']);
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

test("the report records each Process's target and the arguments it was called with", async () => {
  const report = await startRun({
    'main.ts': `import { Process, partial } from 'parallel';
export function greet(name: string, times: number) { console.log(name, times); }
export function callIt(f: () => number) { console.log(f()); }
export function square(x: number) { return x * x; }
if (import.meta.main) {
  const processes = [
    new Process({ target: greet, args: ['Alice', 2] }),
    new Process({ target: partial(greet, 'Bob'), args: [3] }),
    new Process({ target: callIt, args: [partial(square, 4)] }),
    new Process({ target: callIt, args: [Array.from({ length: 1500 }, (_, i) => i)] }),
  ];
  for (const p of processes) p.start();
  for (const p of processes) await p.join();
}
`,
  }).report;
  expect(report.status).toBe('ok');
  expect(report.language).toBe('ts');
  const children = report.processes.filter((p) => p.pid !== 1);
  expect(children.slice(0, 3).map(({ target, args }) => ({ target, args }))).toEqual([
    { target: 'greet', args: ['Alice', 2] },
    // A partial target is recorded as the call that ran: its function, bound arguments in place.
    { target: 'greet', args: ['Bob', 3] },
    // A partial that travels as a value is summarized as one.
    { target: 'callIt', args: [{ partial: 'square', args: [4], keywords: {} }] },
  ]);
  // Cut past 1 000 elements, with the marker.
  const cut = children[3]?.args?.[0] as unknown[];
  expect(cut).toHaveLength(1001);
  expect(cut.slice(0, 3)).toEqual([0, 1, 2]);
  expect(cut.at(-1)).toEqual({ more: 500 });
  expect(report.processes.find((p) => p.pid === 1)).not.toHaveProperty('target');
});

test("the report records each pool task's arguments, and its result or error", async () => {
  const report = await startRun({
    'main.ts': `import { Pool, SharedArray, partial, _ } from 'parallel';
export function square(x: number) { return x * x; }
export function add(a: number, b: number) { return a + b; }
export function total(array: SharedArray, start: number, end: number) {
  let sum = 0;
  for (let i = start; i < end; i++) sum += array.get(i);
  return sum;
}
export function failOn3(x: number) { if (x === 3) throw new RangeError('three'); return x; }
export function scaled(x: number, o: { multiplier: number }) { return x * o.multiplier; }
export function long(n: number) { return Array.from({ length: n }, (_, i) => i); }
if (import.meta.main) {
  await using pool = new Pool(2);
  await pool.map(square, [1, 2, 3]);
  await pool.starmap(add, [[1, 2], [3, 4]]);
  await pool.apply(add, [5, 6]);
  await pool.applyAsync(add, [7, 8]).get();
  const shared = new SharedArray('d', [1, 2, 3, 4]);
  await pool.starmap(total, [[shared, 0, 2], [shared, 2, 4]]);
  await pool.map(partial(scaled, _, { multiplier: 3 }), [1, 2]);
  await pool.map(failOn3, [1, 2, 3, 4], 4).catch(() => {});
  for await (const x of pool.imap(square, [5, 6])) void x;
  for await (const x of pool.imapUnordered(square, [7])) void x;
  await pool.mapAsync(square, [8]).get();
  await pool.starmapAsync(add, [[9, 10]]).get();
  await pool.apply(long, [1500]);
  await pool.map(square, Array.from({ length: 20 }, (_, i) => (i === 0 ? NaN : i)));
}
`,
  }).report;
  expect(report.status).toBe('ok');
  // Tasks on two workers arrive in either order: by their arguments.
  const calls = (fn: string) =>
    report.tasks
      .filter((t) => t.fn === fn)
      .map(({ args, result }) => ({ args, result }))
      .sort((a, b) => JSON.stringify(a.args).localeCompare(JSON.stringify(b.args)));
  // map, imap, imapUnordered, mapAsync (3 + 2 + 1 + 1), then 20 numbers sent packed.
  expect(calls('square')).toHaveLength(27);
  expect(calls('square')).toEqual(
    expect.arrayContaining([1, 2, 3, 5, 6, 7, 8].map((x) => ({ args: [x], result: x * x }))),
  );
  expect(calls('add')).toEqual([
    { args: [1, 2], result: 3 },
    { args: [3, 4], result: 7 },
    { args: [5, 6], result: 11 },
    { args: [7, 8], result: 15 },
    { args: [9, 10], result: 19 },
  ]);
  expect(calls('total')).toEqual([
    { args: [{ shared: 'd', length: 4 }, 0, 2], result: 3 },
    { args: [{ shared: 'd', length: 4 }, 2, 4], result: 7 },
  ]);
  // Through a partial, the function's own arguments, the bound ones in place.
  expect(calls('scaled')).toEqual([
    { args: [1, { multiplier: 3 }], result: 3 },
    { args: [2, { multiplier: 3 }], result: 6 },
  ]);
  // One chunk of 4: 1 and 2 returned, 3 threw, 4 never ran.
  const failing = report.tasks.filter((t) => t.fn === 'failOn3');
  expect(failing.map(({ ok, args, result, error }) => ({ ok, args, result, error }))).toEqual([
    { ok: true, args: [1], result: 1, error: undefined },
    { ok: true, args: [2], result: 2, error: undefined },
    { ok: false, args: [3], result: undefined, error: { error: 'RangeError', message: 'three' } },
  ]);
  // Cut past 1 000 elements, with the marker.
  const cut = report.tasks.find((t) => t.fn === 'long')?.result as unknown[];
  expect(cut).toHaveLength(1001);
  expect(cut.at(-1)).toEqual({ more: 500 });
  // Numbers packed on the way are unpacked as summaries: NaN is tagged.
  expect(calls('square').find((t) => typeof t.args?.[0] === 'object')).toEqual({
    args: [{ number: 'NaN' }],
    result: { number: 'NaN' },
  });
  expect(JSON.parse(JSON.stringify(report.tasks))).toEqual(report.tasks.map((t) => ({ ...t })));
});

test('a run records its first 10 000 tasks whole, across processes; later tasks keep their spans only', async () => {
  const report = await startRun({
    'main.ts': `import { Pool, Process } from 'parallel';
export function square(x: number) { return x * x; }
export async function mapInChild() {
  await using pool = new Pool(1);
  await pool.map(square, Array.from({ length: 6000 }, (_, i) => 6000 + i));
}
if (import.meta.main) {
  await using pool = new Pool(2);
  await pool.map(square, Array.from({ length: 6000 }, (_, i) => i));
  const child = new Process({ target: mapInChild });
  child.start();
  await child.join();
}
`,
  }).report;
  expect(report.status).toBe('ok');
  expect(report.tasks).toHaveLength(12_000);
  const withArgs = report.tasks.filter((t) => t.args !== undefined);
  expect(withArgs).toHaveLength(10_000);
  expect(withArgs.every((t) => t.result === (t.args?.[0] as number) ** 2)).toBe(true);
  // The main process's 6 000 first, then the child's first 4 000.
  const recordedItems = withArgs.map((t) => t.args?.[0] as number).sort((a, b) => a - b);
  expect(recordedItems).toEqual(Array.from({ length: 10_000 }, (_, i) => i));
  expect(report.tasks.filter((t) => t.args === undefined).every((t) => t.result === undefined)).toBe(true);
});
