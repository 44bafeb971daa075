// Python mode's figures (docs/budgets.md, docs/python-mode.md), measured on the page's own interpreter pool as a
// learner's runs use it: ready for the first run (cold: nothing loaded yet in this page),
// Pool(2) ready once Python is warm, and the lab's pool_example.py pool time, to compare with
// CPython's in the same bench run (bench/run.mjs).
import { interpreters } from '../src/sandbox/python/interpreters';
import { startRun } from '../src/sandbox/run';
import poolExample from '../lessons/03-pool-basics/original/pool_example.py?raw';
import type { Measured } from './page';
import { median } from './stats';

async function runPython(source: string, entry = 'bench.py'): Promise<string[]> {
  const report = await startRun({ [entry]: source }, { entry }).report;
  if (report.status !== 'ok')
    throw new Error(`Python bench failed: ${report.error?.message ?? report.status}`);
  return report.output.filter((l) => l.stream === 'log').map((l) => l.text);
}

// Pool(2) is ready when both workers have started and run their initializer, which writes the
// time into shared memory (time.time() is the wall clock in every process).
const poolReady = `
import multiprocessing, time

def ready(times, count):
    with count.get_lock():
        i = count.value
        count.value += 1
    times[i] = time.time()

if __name__ == "__main__":
    times = multiprocessing.Array("d", 2)
    count = multiprocessing.Value("i", 0)
    start = time.time()
    with multiprocessing.Pool(2, initializer=ready, initargs=(times, count)) as pool:
        while min(times[:]) == 0:
            time.sleep(0.001)
        print((max(times[:]) - start) * 1000)
`;

async function runPythonBench(): Promise<Measured[]> {
  const started = performance.now();
  void interpreters.prepare();
  await runPython('print("ready")');
  const coldMs = performance.now() - started;

  const poolMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    await interpreters.warm();
    const [line = ''] = await runPython(poolReady);
    poolMs.push(Number(line));
  }

  await interpreters.warm();
  const printed = await runPython(poolExample, 'pool_example.py');
  const taken = printed.map((l) => /^Time taken: ([\d.]+) seconds$/.exec(l)).find(Boolean);
  if (!taken) throw new Error(`pool_example.py printed no "Time taken" line: ${printed.join(' | ')}`);

  return [
    { id: 'python-ready-cold', value: coldMs, unit: 'ms', better: 'lower', peers: {} },
    { id: 'python-pool2-ready-warm', value: median(poolMs), unit: 'ms', better: 'lower', peers: {} },
    {
      id: 'python-pool-example-pool-time',
      value: Number(taken[1]),
      unit: 's',
      better: 'lower',
      peers: {},
    },
  ];
}

declare global {
  interface Window {
    runPythonBench: () => Promise<Measured[]>;
  }
}
window.runPythonBench = runPythonBench;
