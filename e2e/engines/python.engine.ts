import { test, expect, printed } from './fixtures';

// Python mode in every engine: Pyodide interpreters in workers, a Pool(2) whose workers each
// print, and the pool's results back in the main process.
test('Python: a Pool(2) maps over its workers, and each worker prints', async ({ lab }) => {
  await lab.open('03-pool-basics');
  const report = await lab.engine.evaluate(async () => {
    await window.parallelLab.setFiles({
      'main.py': `import os
from multiprocessing import Pool

def square(x):
    print(f"square({x}) in", os.getpid())
    return x * x

if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(square, [1, 2, 3, 4]))
`,
    });
    window.parallelLab.setTimeScale(0.1);
    return window.parallelLab.run({ entry: 'main.py', timeLimit: 200 });
  });
  expect(report.status, printed(report)).toBe('ok');
  expect(report.language).toBe('py');
  expect(report.output.filter((l) => l.pid === 1).map((l) => l.text)).toEqual(['[1, 4, 9, 16]']);
  expect(report.output.filter((l) => l.pid !== 1)).toHaveLength(4);
});

test('Python: Stop ends an endless loop in the main process and in the pool workers', async ({ lab }) => {
  await lab.open('03-pool-basics');
  const report = await lab.engine.evaluate(async () => {
    await window.parallelLab.setFiles({
      'main.py': `from multiprocessing import Pool

def spin(x):
    print("spinning", x, flush=True)
    while True:
        pass

if __name__ == "__main__":
    pool = Pool(2)
    pool.map_async(spin, [1, 2])
    while True:
        pass
`,
    });
    // Warm, the workers print within 250 ms of the run's first update, and then are silent: the
    // Console must still show their lines (Firefox showed neither until Stop, before run-store.ts
    // stopped dropping such an update).
    await window.parallelLab.pythonWarm();
    const run = window.parallelLab.run({ entry: 'main.py', timeLimit: 200 });
    const spinning = () =>
      [...document.querySelectorAll('[data-testid="console"] .console-line')].filter((line) =>
        line.textContent?.includes('spinning'),
      ).length;
    for (let i = 0; spinning() < 2; i++) {
      if (i > 1200) {
        const shown = document.querySelector('[data-testid="console"]')?.textContent;
        throw new Error(`The pool workers never printed "spinning"; the Console shows: ${shown}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    window.parallelLab.stop();
    return run;
  });
  expect(report.status, printed(report)).toBe('stopped');
  expect(report.processes.map((p) => p.pid)).toEqual([1, 2, 3]);
  expect(report.processes.every((p) => p.end !== null)).toBe(true);
});
