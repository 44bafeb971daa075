// Our numpy subset (runtime/python/lib/numpy) prints as numpy 2 does: a scalar bare in print(),
// str() and f-strings, its type only in repr(). Expected lines: numpy 2.4.6 on CPython 3.11.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { InterpreterPool } from './interpreters';
import { startPythonRun } from './python-run';

const interpreters = new InterpreterPool({ spares: 1 });
beforeAll(() => interpreters.prepare(), 180_000);
afterAll(() => interpreters.dispose());

test(
  "numpy's scalars print bare and repr with their type, as numpy 2 prints them",
  { timeout: 180_000 },
  async () => {
    const report = await startPythonRun(
      {
        'main.py': `import numpy as np
print(np.arange(3).sum())
print(repr(np.arange(3).sum()), [np.arange(3).sum()])
print(f"{np.arange(5.0).sum()} {np.array([1.5, 2.5]).mean()} {np.array([1, 2, 3], dtype=np.uint8).max()}")
print(np.float32(0.1), repr(np.float32(0.1)), np.float32(16777216.0), np.float32(1e-4), np.float32(123456.79))
print(np.array([0.1, 0.2], dtype=np.float32).sum(), f"{np.float32(0.1)}")
`,
      },
      { entry: 'main.py', interpreters },
    ).report;
    expect(report.status, report.output.map((l) => l.text).join('\n')).toBe('ok');
    expect(report.output.map((l) => l.text)).toEqual([
      '3',
      'np.int64(3) [np.int64(3)]',
      '10.0 2.0 3',
      '0.1 np.float32(0.1) 1.6777216e+07 1e-04 123456.79',
      '0.3 0.10000000149011612',
    ]);
  },
);
