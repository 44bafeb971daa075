import { afterAll, beforeAll, expect, test } from 'vitest';
import { interpreters } from './interpreters';
import { startPythonRun } from './python-run';
import { startRun } from '../run';
import type { RunReport } from '../report';

// The page's interpreters, as startRun uses them: booting Python is the slow part.
beforeAll(() => interpreters.prepare(), 180_000);
afterAll(() => interpreters.dispose());

function run(
  source: string,
  o: { timeScale?: number; files?: Record<string, string> } = {},
): Promise<RunReport> {
  return startPythonRun(
    { 'main.py': source, ...o.files },
    { entry: 'main.py', interpreters, timeScale: o.timeScale ?? 0.1 },
  ).report;
}

const lines = (report: RunReport, pid?: number) =>
  report.output.filter((l) => pid === undefined || l.pid === pid).map((l) => l.text);

test('startRun runs an entry ending in .py as Python: the report says so', { timeout: 120_000 }, async () => {
  const files = { 'hello.py': 'print("hi")\n', 'main.ts': 'console.log(1);' };
  const report = await startRun(files, { entry: 'hello.py' }).report;
  expect(report.language).toBe('py');
  expect(lines(report)).toEqual(['hi']);
});

test(
  'a script prints from the main process (pid 1) and the report says it was Python',
  { timeout: 120_000 },
  async () => {
    const report = await run('import os\nprint("hello", os.getpid(), os.getppid())\n');
    expect(report.status).toBe('ok');
    expect(report.language).toBe('py');
    expect(lines(report)).toEqual(['hello 1 0']);
    expect(report.processes).toEqual([
      expect.objectContaining({ pid: 1, ppid: 0, name: 'MainProcess', exitCode: 0 }),
    ]);
  },
);

test(
  'a Process runs its target with its args in a child with the next pid',
  { timeout: 120_000 },
  async () => {
    const report = await run(`
import multiprocessing, os, time

def worker(worker_id):
    print(f"Worker {worker_id} (PID: {os.getpid()}) parent {os.getppid()}")
    time.sleep(1)
    return worker_id * 2

if __name__ == "__main__":
    ps = [multiprocessing.Process(target=worker, args=(i,)) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("exit codes", [p.exitcode for p in ps], [p.name for p in ps])
`);
    expect(report.status).toBe('ok');
    expect(lines(report).sort()).toEqual(
      [
        'Worker 0 (PID: 2) parent 1',
        'Worker 1 (PID: 3) parent 1',
        'Worker 2 (PID: 4) parent 1',
        "exit codes [0, 0, 0] ['Process-1', 'Process-2', 'Process-3']",
      ].sort(),
    );
    expect(report.processes.map((p) => [p.pid, p.ppid, p.name, p.exitCode])).toEqual([
      [1, 0, 'MainProcess', 0],
      [2, 1, 'Process-1', 0],
      [3, 1, 'Process-2', 0],
      [4, 1, 'Process-3', 0],
    ]);
  },
);

async function runAndStopAfter(source: string, ms: number): Promise<{ report: RunReport; stopMs: number }> {
  const running = startPythonRun({ 'main.py': source }, { entry: 'main.py', interpreters, timeScale: 0.1 });
  await new Promise((resolve) => setTimeout(resolve, ms));
  const asked = performance.now();
  running.stop();
  const report = await running.report;
  return { report, stopMs: performance.now() - asked };
}

const stderr = (report: RunReport) => report.output.filter((l) => l.stream === 'error').map((l) => l.text);

test(
  "an uncaught exception prints CPython's traceback pointing at the script's line",
  { timeout: 120_000 },
  async () => {
    await interpreters.warm();
    const report = await run('x = 1\n\ndef f():\n    return 1 / 0\n\nf()\n');
    expect(report.status).toBe('error');
    expect(stderr(report)).toEqual([
      'Traceback (most recent call last):',
      '  File "/home/pyodide/main.py", line 6, in <module>',
      '    f()',
      '    ~^^',
      '  File "/home/pyodide/main.py", line 4, in f',
      '    return 1 / 0',
      '           ~~^~~',
      'ZeroDivisionError: division by zero',
    ]);
    expect(report.error).toMatchObject({ name: 'ZeroDivisionError', message: 'division by zero' });
    expect(report.processes[0]?.exitCode).toBe(1);
  },
);

test('a syntax error is reported as CPython reports it', { timeout: 120_000 }, async () => {
  const report = await run('print("a"\n');
  expect(report.status).toBe('error');
  expect(report.error).toMatchObject({ name: 'SyntaxError', message: "'(' was never closed" });
  expect(stderr(report)).toEqual([
    '  File "/home/pyodide/main.py", line 1',
    '    print("a"',
    '         ^',
    "SyntaxError: '(' was never closed",
  ]);
});

test(
  'an exception in a pool task is raised again in the parent with the remote traceback',
  { timeout: 120_000 },
  async () => {
    await interpreters.warm();
    const report = await run(`
import multiprocessing

def risky(x):
    if x == 3:
        raise ValueError(f"bad input {x}")
    return x

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        try:
            pool.map(risky, [1, 2, 3, 4])
        except ValueError as e:
            print("caught", e, type(e.__cause__).__name__)
        print("still works", pool.map(risky, [1, 2]))
        pool.map(risky, [3])
`);
    expect(lines(report, 1).slice(0, 2)).toEqual([
      'caught bad input 3 RemoteTraceback',
      'still works [1, 2]',
    ]);
    const text = stderr(report).join('\n');
    expect(text).toContain('multiprocessing.pool.RemoteTraceback: \n"""\nTraceback (most recent call last):');
    expect(text).toContain('raise ValueError(f"bad input {x}")');
    expect(text).toContain('The above exception was the direct cause of the following exception:');
    expect(report.error).toMatchObject({ name: 'ValueError', message: 'bad input 3' });
    expect(report.tasks.filter((t) => !t.ok).length).toBeGreaterThanOrEqual(2);
  },
);

test("a lambda given to map fails to pickle with CPython 3.14's error", { timeout: 120_000 }, async () => {
  await interpreters.warm();
  const report = await run(`
import multiprocessing
if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        pool.map(lambda x: x * 2, [1, 2])
`);
  expect(report.error?.name).toBe('PicklingError');
  expect(stderr(report).at(-1)).toMatch(
    /^_pickle\.PicklingError: Can't pickle <function <lambda> at 0x[0-9a-f]+>: it's not found as __main__\.<lambda>$/,
  );
});

test(
  "Pool(0) and a missing module fail with CPython's messages, and ours after",
  { timeout: 120_000 },
  async () => {
    const pool = await run('import multiprocessing\nmultiprocessing.Pool(0)\n');
    expect(stderr(pool).at(-1)).toBe('ValueError: Number of processes must be at least 1');
    const missing = await run('import scipy\n');
    const text = stderr(missing);
    expect(text).toContain("ModuleNotFoundError: No module named 'scipy'");
    expect(text.at(-1)).toMatch(/standard library only/);
  },
);

test(
  'input() ends with EOFError and says why, instead of waiting forever',
  { timeout: 120_000 },
  async () => {
    const report = await run('name = input("Name? ")\n');
    expect(stderr(report)).toContain('EOFError: EOF when reading a line');
    expect(stderr(report).at(-1)).toMatch(/no keyboard/);
  },
);

test(
  'a worker that calls os._exit(1) or sys.exit() in a task fails its job instead of hanging',
  { timeout: 180_000 },
  async () => {
    await interpreters.warm();
    const report = await run(`
import multiprocessing, os, sys

def die(how):
    if how == "exit":
        sys.exit(3)
    os._exit(1)

if __name__ == "__main__":
    for how in ["_exit", "exit"]:
        with multiprocessing.Pool(1) as pool:
            try:
                pool.apply(die, (how,))
            except Exception as e:
                print(type(e).__name__, "exit code" in str(e))
    p = multiprocessing.Process(target=die, args=("exit",))
    p.start(); p.join()
    print("process exit code", p.exitcode)
`);
    expect(lines(report, 1)).toEqual([
      'BrokenProcessPool True',
      'BrokenProcessPool True',
      'process exit code 3',
    ]);
    expect(report.status).toBe('ok');
  },
);

test('Stop ends an endless loop in the main process at once', { timeout: 120_000 }, async () => {
  await interpreters.warm();
  const { report, stopMs } = await runAndStopAfter('print("looping")\nwhile True:\n    pass\n', 3000);
  expect(report.status).toBe('stopped');
  expect(lines(report)).toEqual(['looping']);
  expect(stopMs).toBeLessThan(300);
  expect(report.processes.every((p) => p.end !== null)).toBe(true);
});

test(
  'Stop ends an endless loop in a pool task, and every worker of the run',
  { timeout: 120_000 },
  async () => {
    await interpreters.warm();
    const { report, stopMs } = await runAndStopAfter(
      'import multiprocessing\n\ndef spin(x):\n    print("spinning", x)\n    while True:\n        pass\n\nif __name__ == "__main__":\n    with multiprocessing.Pool(2) as pool:\n        pool.map(spin, [1, 2])\n',
      6000,
    );
    expect(report.status).toBe('stopped');
    expect(stopMs).toBeLessThan(300);
    expect(report.processes.length).toBe(3);
    expect(report.processes.every((p) => p.exitCode === -15 || p.exitCode === 0)).toBe(true);
  },
);

test('100 000 printed lines all arrive, in order', { timeout: 300_000 }, async () => {
  const report = await run('for i in range(100000):\n    print(i)\n');
  expect(report.status).toBe('ok');
  const printed = lines(report, 1);
  expect(printed.length).toBe(100000);
  expect(printed[99999]).toBe('99999');
  expect(printed.every((text, i) => text === String(i))).toBe(true);
});

test(
  'the report records what travelled: Process targets and args, task args and results',
  { timeout: 180_000 },
  async () => {
    await interpreters.warm();
    const report = await run(`
import multiprocessing
from functools import partial

def greet(name, times=1):
    return name * times

def scale(data, factor, offset=0):
    return data * factor + offset

if __name__ == "__main__":
    shared = multiprocessing.Array('d', 3)
    p = multiprocessing.Process(target=greet, args=("Alice",), kwargs={"times": 2})
    p.start(); p.join()
    q = multiprocessing.Process(target=greet, args=(shared, (1, 2)))
    q.start(); q.join()
    with multiprocessing.Pool(2) as pool:
        print(pool.map(partial(scale, factor=10, offset=5), [1, 2]))
        print(pool.starmap(scale, [(1, 2), (3, 4)]))
        print(pool.apply(greet, ("ab",), {"times": 3}))
`);
    expect(lines(report, 1)).toEqual(['[15, 25]', '[2, 12]', 'ababab']);
    const byPid = (pid: number) => report.processes.find((p) => p.pid === pid);
    expect(byPid(2)).toMatchObject({ target: 'greet', args: ['Alice', { times: 2 }] });
    expect(byPid(3)).toMatchObject({ target: 'greet', args: [{ shared: 'd', length: 3 }, [1, 2]] });
    const tasks = report.tasks.map((t) => [t.fn, t.args, t.result]);
    expect(tasks).toEqual(
      expect.arrayContaining([
        ['scale', [1, { factor: 10, offset: 5 }], 15],
        ['scale', [2, { factor: 10, offset: 5 }], 25],
        ['scale', [1, 2], 2],
        ['scale', [3, 4], 12],
        ['greet', ['ab', { times: 3 }], 'ababab'],
      ]),
    );
    expect(report.tasks.length).toBe(5);
  },
);
