// subprocess.run(['python3', script]) in a Python run: another file of the lesson runs as a
// program of its own (its own main process and pool), with CPython's returncode/stdout/stderr.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { InterpreterPool } from './interpreters';
import { startPythonRun } from './python-run';
import type { RunReport } from '../report';

const interpreters = new InterpreterPool({ spares: 4 });
beforeAll(() => interpreters.prepare(), 180_000);
afterAll(() => interpreters.dispose());

function run(files: Record<string, string>): Promise<RunReport> {
  return startPythonRun(files, { entry: 'main.py', interpreters, timeScale: 0.1 }).report;
}

const printed = (report: RunReport) => report.output.map((l) => l.text);

const child = `
import multiprocessing, os, sys

def square(x):
    print(f"worker {os.getpid()} squares {x}")
    return x * x

if __name__ == "__main__":
    print("argv", sys.argv)
    with multiprocessing.Pool(2) as pool:
        print("squares", pool.map(square, [1, 2, 3]))
    print("to stderr", file=sys.stderr)
    sys.exit(3)
`;

test(
  'a captured program runs with its own pool; its output is returned, not printed',
  { timeout: 240_000 },
  async () => {
    const report = await run({
      'child.py': child,
      'main.py': `
import json, subprocess
result = subprocess.run(['python3', 'child.py', 'x'], capture_output=True, text=True)
print("returncode", result.returncode)
print(json.dumps(result.stdout.splitlines()))
print(repr(result.stderr))
print(type(subprocess.run(['python3', 'child.py'], capture_output=True).stdout).__name__)
`,
    });
    expect(report.status, printed(report).join('\n')).toBe('ok');
    const lines = printed(report);
    expect(lines[0]).toBe('returncode 3');
    const captured = JSON.parse(lines[1] ?? '[]') as string[];
    expect(captured.filter((l) => l.startsWith('worker')).length).toBe(3);
    expect(captured).toContain("argv ['child.py', 'x']");
    expect(captured).toContain('squares [1, 4, 9]');
    expect(lines.slice(2)).toEqual(["'to stderr\\n'", 'bytes']);
    // The program's own main process and its pool are processes of this run.
    const program = report.processes.find((p) => p.name === 'python3 child.py');
    expect(program?.ppid).toBe(1);
    expect(program?.exitCode).toBe(3);
    expect(report.processes.filter((p) => p.ppid === program?.pid).length).toBe(2);
  },
);

test("a missing script gives CPython's message and return code 2", { timeout: 180_000 }, async () => {
  const report = await run({
    'main.py': `
import subprocess
result = subprocess.run(['python3', 'missing.py'], capture_output=True, text=True)
print(result.returncode, repr(result.stdout), repr(result.stderr))
subprocess.run(['ls'])
`,
  });
  expect(report.status).toBe('error');
  const lines = printed(report);
  expect(lines[0]).toBe(
    `2 '' "python3: can't open file '/home/pyodide/missing.py': [Errno 2] No such file or directory\\n"`,
  );
  expect(lines).toContain("FileNotFoundError: [Errno 2] No such file or directory: 'ls'");
});

test('without capture, the program prints to the console', { timeout: 180_000 }, async () => {
  const report = await run({
    'hello.py': 'print("hello from the program")\n',
    'main.py': `
import subprocess
print(subprocess.run(['python3', 'hello.py']).returncode)
`,
  });
  expect(printed(report)).toEqual(['hello from the program', '0']);
});
