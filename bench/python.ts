// Python mode's figures (docs/budgets.md, docs/python-mode.md), measured on the page's own interpreter pool as a
// learner's runs use it: ready for the first run (cold: nothing loaded yet in this page),
// Pool(2) ready once Python is warm, the lab's pool_example.py pool time, and the lab's image
// scripts' speed-up (parallel vs sequential), each to compare with CPython's in the same bench
// run (bench/run.mjs, bench/lab-pipeline.mjs).
import { interpreters } from '../src/sandbox/python/interpreters';
import { startRun } from '../src/sandbox/run';
import poolExample from '../lessons/03-pool-basics/original/pool_example.py?raw';
import createImages from '../lessons/10-sample-images/original/create_images.py?raw';
import sequentialImages from '../lessons/11-sequential-images/original/sequential_image_processing.py?raw';
import parallelImages from '../lessons/12-parallel-images/original/parallel_image_processing.py?raw';
import type { Measured } from './page';
import { median } from './stats';

async function runPython(
  source: string,
  entry = 'bench.py',
  files: Record<string, string> = { [entry]: source },
): Promise<string[]> {
  const report = await startRun(files, { entry }).report;
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

const imageScripts = {
  'create_images.py': createImages,
  'sequential_image_processing.py': sequentialImages,
  'parallel_image_processing.py': parallelImages,
};

/** The "Total processing time" an image script prints, in seconds. */
async function imageScriptSeconds(entry: keyof typeof imageScripts): Promise<number> {
  await interpreters.warm();
  const printed = await runPython(imageScripts[entry], entry, imageScripts);
  const total = printed.map((l) => /^Total processing time: ([\d.]+) seconds$/.exec(l)).find(Boolean);
  if (!total) throw new Error(`${entry} printed no "Total processing time" line: ${printed.join(' | ')}`);
  return Number(total[1]);
}

/**
 * The lab's image pipeline as bench/lab-pipeline.mjs runs it on CPython: create_images.py once,
 * then the sequential and the parallel script (Pool(cpu_count())) take turns, 3 rounds, medians.
 */
async function imagePipeline(rounds = 3): Promise<Measured> {
  await interpreters.warm();
  await runPython(createImages, 'create_images.py', imageScripts);
  const sequential: number[] = [];
  const parallel: number[] = [];
  for (let round = 0; round < rounds; round++) {
    sequential.push(await imageScriptSeconds('sequential_image_processing.py'));
    parallel.push(await imageScriptSeconds('parallel_image_processing.py'));
  }
  const seq = median(sequential);
  const par = median(parallel);
  return {
    id: 'python-image-pipeline-speedup',
    value: seq / par,
    unit: '×',
    better: 'higher',
    peers: { 'sequential, Python mode (s)': seq, 'parallel, Python mode (s)': par },
  };
}

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

  const pipeline = await imagePipeline();

  return [
    pipeline,
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
