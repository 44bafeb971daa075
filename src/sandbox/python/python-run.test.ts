import { afterAll, beforeAll, expect, test } from 'vitest';
import { InterpreterPool } from './interpreters';
import { startPythonRun } from './python-run';
import type { RunReport } from '../report';

// One pool of interpreters for the file: booting Python is the slow part, as on the page.
const interpreters = new InterpreterPool({ spares: 3 });
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
