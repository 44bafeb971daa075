// The pool of interpreters when boots are slow or fail: every process that waits for one gets
// one (once, at load 16, the second worker of a Pool(2) never started). The boots here are
// stand-ins that take a few milliseconds (or fail) so the order of events is under the test's
// control; the page's real boots run in python-run.test.ts and the originals' tests.
import { expect, test } from 'vitest';
import { InterpreterPool, type BootInterpreter, type Interpreter } from './interpreters';
import { startPythonRun } from './python-run';

/**
 * A boot that takes `ms`, fails where `fails(n)` says so, and never answers where `hangs(n)`
 * says so, until its deadline ends it (n counts boots from 1).
 */
function fakeBoots(o: { ms?: number; fails?: (n: number) => boolean; hangs?: (n: number) => boolean } = {}) {
  const made: Interpreter[] = [];
  let calls = 0;
  const boot: BootInterpreter = async (_assets, _makeSnapshot, signal) => {
    calls += 1;
    const n = calls;
    if (o.hangs?.(n)) {
      await new Promise((_resolve, reject) =>
        signal.addEventListener('abort', () => reject(new Error(`boot ${n} hung`))),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, o.ms ?? 10));
    if (o.fails?.(n)) throw new Error(`boot ${n} failed`);
    const interpreter = { worker: { terminate() {} } as unknown as Worker, bootMs: o.ms ?? 10 };
    made.push(interpreter);
    return { interpreter };
  };
  return { boot, made, calls: () => calls };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('taking more interpreters than there are spares, while they boot, gives each taker its own', async () => {
  const boots = fakeBoots();
  const pool = new InterpreterPool({ spares: 2, boot: boots.boot });
  // A main process and a Pool(4), all before the first interpreter is up.
  const taken = await Promise.all(Array.from({ length: 5 }, () => pool.take()));
  expect(new Set(taken).size).toBe(5);
  await pool.warm();
  expect(pool.idle).toBe(2);
  expect(boots.made).toHaveLength(7);
});

test('a boot that fails once is tried again for the processes waiting, and they all start', async () => {
  // Boot 1 is the first interpreter (it makes the snapshot); boot 3 fails.
  const boots = fakeBoots({ fails: (n) => n === 3 });
  const pool = new InterpreterPool({ spares: 1, boot: boots.boot });
  const main = await pool.take();
  const workers = await Promise.all([pool.take(), pool.take()]);
  expect(new Set([main, ...workers]).size).toBe(3);
  expect(boots.calls()).toBeGreaterThan(boots.made.length);
});

test('when every boot fails, the waiting process is told why, and no spare is booted again and again', async () => {
  const boots = fakeBoots({ fails: (n) => n > 1 });
  const pool = new InterpreterPool({ spares: 1, boot: boots.boot });
  await pool.take();
  await expect(pool.take()).rejects.toThrow(/boot \d+ failed/);
  const calls = boots.calls();
  await settle(200);
  expect(boots.calls()).toBe(calls);
  // A later process tries again (the page may have recovered).
  await expect(pool.take()).rejects.toThrow(/boot \d+ failed/);
  expect(boots.calls()).toBeGreaterThan(calls);
});

test('a boot that never answers is ended at its deadline, and the process waiting for it gets the next one', async () => {
  // Boot 3 would have been the second pool worker's: it hangs, as a worker that dies without an
  // error event does.
  const boots = fakeBoots({ hangs: (n) => n === 3 });
  const pool = new InterpreterPool({ spares: 0, boot: boots.boot, bootDeadlineMs: 300 });
  const main = await pool.take();
  const workers = await Promise.all([pool.take(), pool.take()]);
  expect(new Set([main, ...workers]).size).toBe(3);
  expect(boots.calls()).toBe(4);
});

test('without a deadline a hanging boot would leave its process waiting: the deadline is what ends it', async () => {
  const boots = fakeBoots({ hangs: (n) => n === 2 });
  const pool = new InterpreterPool({ spares: 0, boot: boots.boot, bootDeadlineMs: 60_000 });
  await pool.take();
  const waiting = pool.take();
  const first = await Promise.race([waiting.then(() => 'started'), settle(500).then(() => 'waiting')]);
  expect(first).toBe('waiting');
  expect(boots.calls()).toBe(2);
});

test("a run whose Python cannot start says so in the page's language, and that the files are kept", async () => {
  const boots = fakeBoots({ fails: () => true });
  const pool = new InterpreterPool({ spares: 0, boot: boots.boot });
  const report = await startPythonRun(
    { 'main.py': 'print(1)\n' },
    { entry: 'main.py', interpreters: pool, language: 'ja' },
  ).report;
  expect(report.status).toBe('error');
  expect(report.error?.message).toMatch(
    /^Python を起動できませんでした（boot \d+ failed）。ファイルはそのまま残っています。/,
  );
  expect(report.output).toEqual([]);
});
