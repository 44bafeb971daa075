import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { MemoryStorage } from '../../lessons/memory-storage';
import { ProgressStore } from '../../lessons/progress';
import type { CheckResult } from '../../lessons/types';
import { RunStore, type RunRequest } from './run-store';
import { fakePrograms, type FakeProgram } from './test-doubles';

let progress: ProgressStore;
let programs: ReturnType<typeof fakePrograms>;
let store: RunStore;
let verdicts: CheckResult[];

beforeEach(() => {
  progress = new ProgressStore(new MemoryStorage());
  programs = fakePrograms();
  store = new RunStore(progress, programs.start);
  verdicts = [];
});
afterEach(() => vi.useRealTimers());

function request(over: Partial<RunRequest> = {}): RunRequest {
  return {
    lessonId: '01-a',
    files: { 'main.ts': 'code' },
    language: 'en',
    loadCheck: async () => () => verdicts,
    ...over,
  };
}

const started = (): FakeProgram => programs.started.at(-1) as FakeProgram;

test('a run clears the last results, shows live reports, then the final one with markers and checks', async () => {
  verdicts = [{ id: 'x', ok: false, message: 'not yet' }];
  const first = store.run(request());
  started().finish({
    status: 'error',
    error: { name: 'Error', message: 'boom', stack: 'Error: boom\n    at main.ts:1:7' },
  });
  await first;
  await vi.waitFor(() => expect(store.getState().checks).toEqual(verdicts));
  expect(store.getState().markers['main.ts']).toHaveLength(1);

  const second = store.run(request());
  expect(store.getState()).toMatchObject({ running: true, report: null, checks: null, markers: {} });
  started().progress({ seconds: 0.5 });
  expect(store.getState().report?.seconds).toBe(0.5);
  started().finish({ seconds: 0.7 });
  const final = await second;
  expect(final.seconds).toBe(0.7);
  expect(store.getState()).toMatchObject({ running: false, report: { seconds: 0.7 } });
});

test('a live update that comes soon after the last one shows a moment later, not only at the end', async () => {
  void store.run(request());
  started().progress({ seconds: 0.1 });
  // The program prints once more and then loops without a word: this update must still show.
  started().progress({ seconds: 0.2 });
  expect(store.getState().report?.seconds).toBe(0.1);
  await vi.waitFor(() => expect(store.getState().report?.seconds).toBe(0.2), { timeout: 1000 });
});

test('a live update still waiting its turn never replaces the final report', async () => {
  const run = store.run(request());
  started().progress({ seconds: 0.1 });
  started().progress({ seconds: 0.2 });
  started().finish({ seconds: 0.3 });
  await run;
  await new Promise((resolve) => setTimeout(resolve, 400));
  expect(store.getState()).toMatchObject({ running: false, report: { seconds: 0.3 } });
});

test('the run is given the files, time scale, language, entry and time limit', async () => {
  store.setTimeScale(0.1);
  void store.run(request({ language: 'ja', entry: 'other.ts', timeLimit: 5 }));
  expect(started().files).toEqual({ 'main.ts': 'code' });
  expect(started().options).toMatchObject({
    timeScale: 0.1,
    language: 'ja',
    entry: 'other.ts',
    timeLimit: 5,
  });
});

test('Run during a run stops that run and starts the new one at once; the stopped run changes nothing after', async () => {
  const first = store.run(request());
  const old = started();
  const second = store.run(request({ files: { 'main.ts': 'edited' } }));
  expect(old.stopped).toBe(true);
  expect(programs.started).toHaveLength(2);
  expect(started().files['main.ts']).toBe('edited');
  expect((await first).status).toBe('stopped');
  // The stopped run's end does not end the new one on screen.
  expect(store.getState().running).toBe(true);
  started().finish();
  expect((await second).status).toBe('ok');
  expect(store.getState().running).toBe(false);
});

test('Stop ends the run in progress; without one it does nothing', async () => {
  store.stop();
  const run = store.run(request());
  store.stop();
  expect(started().stopped).toBe(true);
  expect((await run).status).toBe('stopped');
  expect(store.getState()).toMatchObject({ running: false, report: { status: 'stopped' } });
});

test('the lesson is complete only when every check passes', async () => {
  verdicts = [];
  let run = store.run(request());
  started().finish();
  await run;
  await store.lastCheck();
  verdicts = [
    { id: 'a', ok: true, message: '' },
    { id: 'b', ok: false, message: '' },
  ];
  run = store.run(request());
  started().finish();
  await run;
  await store.lastCheck();
  expect(progress.isComplete('01-a')).toBe(false);
  verdicts = verdicts.map((v) => ({ ...v, ok: true }));
  run = store.run(request());
  started().finish();
  await run;
  await store.lastCheck();
  expect(progress.isComplete('01-a')).toBe(true);
});

test('clear forgets the last run: its late results never show', async () => {
  verdicts = [{ id: 'a', ok: true, message: '' }];
  const run = store.run(request());
  store.clear();
  expect(started().stopped).toBe(true);
  await run;
  expect(store.getState()).toMatchObject({ running: false, report: null, checks: null });
  expect(store.lastCheck()).toBeNull();
  expect(progress.isComplete('01-a')).toBe(false);
});

test('Clear hides the output so far; the next run starts from its first line', async () => {
  const line = { pid: 1, stream: 'log' as const, text: 'x', t: 0 };
  const run = store.run(request());
  started().finish({ output: [line, line, line] });
  await run;
  store.clearConsole();
  expect(store.getState().consoleStart).toBe(3);
  void store.run(request());
  expect(store.getState().consoleStart).toBe(0);
});

test('the time scale must be a positive number', () => {
  store.setTimeScale(0.05);
  expect(store.getState().timeScale).toBe(0.05);
  expect(() => store.setTimeScale(0)).toThrow(RangeError);
  expect(() => store.setTimeScale(Number.NaN)).toThrow(RangeError);
});

test('a Python run says Python is loading until it is up, then that it runs; a TypeScript run never waits for it', async () => {
  let loaded: () => void = () => {};
  let loading: Promise<void> | null = new Promise<void>((resolve) => (loaded = resolve));
  store = new RunStore(progress, programs.start, () => loading);
  void store.run(request({ files: { 'main.ts': 'code', 'lab.py': 'print(1)' }, entry: 'lab.py' }));
  expect(store.getState()).toMatchObject({ running: true, loadingPython: true });
  loaded();
  await vi.waitFor(() => expect(store.getState().loadingPython).toBe(false));
  expect(store.getState().running).toBe(true);
  started().finish({ language: 'py' });

  // Another cold load that the run outlives: the run's end ends the status too.
  loading = new Promise<void>(() => {});
  const cold = store.run(request({ files: { 'main.ts': 'code', 'lab.py': 'print(1)' }, entry: 'lab.py' }));
  expect(store.getState().loadingPython).toBe(true);
  started().finish({ status: 'error', language: 'py' });
  await cold;
  expect(store.getState()).toMatchObject({ running: false, loadingPython: false });

  void store.run(request());
  expect(store.getState()).toMatchObject({ running: true, loadingPython: false });
});

test('a Python run marks each traceback at its last line in a lesson file, and is not checked', async () => {
  // A TypeScript run that fails its check first: its verdicts must not stay for the Python run.
  verdicts = [{ id: 'x', ok: false, message: 'not yet' }];
  const ts = store.run(request());
  started().finish();
  await ts;
  await vi.waitFor(() => expect(store.getState().checks).toEqual(verdicts));
  expect(store.getState().pythonRun).toBe(false);

  verdicts = [{ id: 'x', ok: true, message: 'would pass' }];
  const files = { 'main.ts': 'code', 'lab.py': 'def f(x):\n    return 1 / x\n\nf(0)\n' };
  const run = store.run(request({ files, entry: 'lab.py' }));
  expect(store.getState()).toMatchObject({ checks: null, pythonRun: true });
  started().finish({
    status: 'error',
    language: 'py',
    error: {
      name: 'ZeroDivisionError',
      message: 'division by zero',
      stack: [
        'Traceback (most recent call last):',
        '  File "/home/pyodide/lab.py", line 4, in <module>',
        '    f(0)',
        '  File "/home/pyodide/lab.py", line 2, in f',
        '    return 1 / x',
        '  File "/lib/python3.14/somewhere.py", line 9, in g',
        'ZeroDivisionError: division by zero',
      ].join('\n'),
    },
  });
  await run;
  await vi.waitFor(() => expect(store.getState().markers['lab.py']).toHaveLength(1));
  // The innermost frame in the learner's file, underlined from its first word to its end.
  expect(store.getState().markers['lab.py']).toEqual([
    { line: 2, column: 5, endColumn: 17, message: 'ZeroDivisionError: division by zero' },
  ]);
  expect(store.getState().markers['main.ts']).toEqual([]);
  expect(await store.lastCheck()).toEqual([]);
  expect(store.getState()).toMatchObject({ checks: null, pythonRun: true });
  expect(progress.isComplete('01-a')).toBe(false);

  // The next TypeScript run is checked again, and its passing verdicts complete the lesson.
  const next = store.run(request());
  expect(store.getState().pythonRun).toBe(false);
  started().finish();
  await next;
  await vi.waitFor(() => expect(store.getState().checks).toEqual(verdicts));
  expect(progress.isComplete('01-a')).toBe(true);
});

test("a pool task's error is marked where the task raised it and where the main script called", async () => {
  const files = { 'lab.py': 'def f(x):\n    raise ValueError(x)\n\npool.map(f, [1])\n' };
  const run = store.run(request({ files, entry: 'lab.py' }));
  started().finish({
    status: 'error',
    language: 'py',
    error: {
      name: 'ValueError',
      message: '1',
      stack: [
        'multiprocessing.pool.RemoteTraceback: ',
        '"""',
        'Traceback (most recent call last):',
        '  File "/home/pyodide/lab.py", line 2, in f',
        '    raise ValueError(x)',
        'ValueError: 1',
        '"""',
        '',
        'The above exception was the direct cause of the following exception:',
        '',
        'Traceback (most recent call last):',
        '  File "/home/pyodide/lab.py", line 4, in <module>',
        '    pool.map(f, [1])',
        'ValueError: 1',
      ].join('\n'),
    },
  });
  await run;
  await vi.waitFor(() => expect(store.getState().markers['lab.py']).toHaveLength(2));
  expect(store.getState().markers['lab.py']?.map((m) => m.line)).toEqual([2, 4]);
});
