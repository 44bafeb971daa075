// The bench's browser side: each figure is measured here, in one page, side by side with its
// peer (raw postMessage, workerpool, structured clone…). bench/run.mjs drives it and adds the
// Python peers. Per-task instrumentation stays on, as in a learner's run.
import workerpool from 'workerpool';
import { SharedArray } from '../src/runtime/index';
import { startRun } from '../src/sandbox/run';
import dispatchProgram from './programs/dispatch.ts?raw';
import imageProgram from './programs/image.ts?raw';
import EchoWorker from './echo.worker.ts?worker';
import workerpoolUrl from './workerpool.worker.ts?worker&url';
import { timeMedian } from './stats';

export interface Measured {
  id: string;
  value: number;
  unit: string;
  better: 'higher' | 'lower';
  peers: Record<string, number>;
}

async function workerpoolTasksPerSecond(n: number): Promise<number> {
  const pool = workerpool.pool(workerpoolUrl, {
    maxWorkers: 2,
    workerType: 'web',
    workerOpts: { type: 'module' },
  });
  const items = Array.from({ length: n }, (_, i) => i);
  const ms = await timeMedian(5, 1, () => Promise.all(items.map((i) => pool.exec('noop', [i]))));
  await pool.terminate();
  return (n / ms) * 1000;
}

type Figure = { id: string; value: number; peers: Record<string, number> };

/** Runs a bench program as a learner's program and reads the BENCH lines it prints. */
async function programFigures(name: string, source: string): Promise<Record<string, Figure>> {
  const report = await startRun({ 'main.ts': source }).report;
  if (report.status !== 'ok')
    throw new Error(`The ${name} bench failed: ${report.error?.message ?? report.status}`);
  const figures = report.output
    .filter((line) => line.text.startsWith('BENCH '))
    .map((line) => JSON.parse(line.text.slice(6)) as Figure);
  return Object.fromEntries(figures.map((f) => [f.id, f]));
}

async function runBench(): Promise<Measured[]> {
  const rows: Measured[] = [];
  const dispatch = await programFigures('dispatch', dispatchProgram);
  const raw = dispatch['pool-apply-round-trip']?.peers['raw postMessage round trip'] ?? NaN;
  const map = dispatch['pool-map-100k-noop'];
  const imap = dispatch['pool-imap-chunksize-1'];
  const apply = dispatch['pool-apply-round-trip'];
  if (!map || !imap || !apply) throw new Error('The dispatch bench printed no figures.');
  rows.push({
    id: map.id,
    value: map.value,
    unit: 'tasks/s',
    better: 'higher',
    peers: {
      'workerpool exec (per task)': await workerpoolTasksPerSecond(20_000),
      'raw postMessage (one per task)': 1e6 / raw,
    },
  });
  rows.push({ id: imap.id, value: imap.value, unit: 'tasks/s', better: 'higher', peers: {} });
  rows.push({ id: apply.id, value: apply.value, unit: 'µs', better: 'lower', peers: apply.peers });
  rows.push(await sharedHandOff());
  const image = await programFigures('image', imageProgram);
  for (const figure of Object.values(image)) {
    const speedUp = figure.id.startsWith('image-pipeline');
    rows.push({ ...figure, unit: speedUp ? '×' : 'ms', better: speedUp ? 'higher' : 'lower' });
  }
  return rows;
}

/** 8 × 1M float64 to a worker: shared memory vs structured clone vs transfer. */
async function sharedHandOff(): Promise<Measured> {
  const worker = new EchoWorker();
  const send = (message: unknown, transfer: Transferable[] = []) =>
    new Promise<void>((resolve) => {
      worker.onmessage = () => resolve();
      worker.postMessage(message, transfer);
    });
  const length = 1_000_000;
  const shared = Array.from({ length: 8 }, () => new SharedArray('d', length));
  const sharedMs = await timeMedian(21, 3, () => send(shared.map((a) => a.view)));
  const cloneMs = await timeMedian(7, 1, () =>
    send(Array.from({ length: 8 }, () => new Float64Array(length))),
  );
  const transferMs = await timeMedian(7, 1, () => {
    const arrays = Array.from({ length: 8 }, () => new Float64Array(length));
    return send(
      arrays,
      arrays.map((a) => a.buffer),
    );
  });
  worker.terminate();
  return {
    id: 'shared-array-hand-off-8x1M-float64',
    value: sharedMs,
    unit: 'ms',
    better: 'lower',
    peers: { 'structured clone (copy)': cloneMs, 'transfer (allocation included)': transferMs },
  };
}

declare global {
  interface Window {
    runBench: () => Promise<Measured[]>;
  }
}
window.runBench = runBench;
