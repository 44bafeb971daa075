// Runs a Python program (docs/python-mode.md): the page side of a Python run. The page is the parent of
// every Python worker, since a worker blocked in a Python wait cannot start workers of its own:
// it gives each process an interpreter (a warm spare), reads each process's events from shared
// memory (so output printed just before a crash or a Stop is never lost), ends processes that
// are terminated, and on Stop ends every worker of the run at once.
import { ReportBuilder } from '../report-builder';
import type { RunReport, RunStatus } from '../report';
import type { RunningProgram, RunOptions } from '../run';
import type { RuntimeEvent } from '../../runtime/events';
import { SharedPipe } from '../../runtime/python/pipe';
import {
  counterCells,
  processState,
  type ChildSpec,
  type FromWorker,
  type ProcessStart,
  type PythonRunInfo,
  type ToWorker,
} from '../../runtime/python/protocol';
import { interpreters as pageInterpreters, type InterpreterPool } from './interpreters';
import { tracebackError } from './traceback';
import { sayIn } from '../../runtime/messages';

/** Events waiting in shared memory are read this often (and at every exit and at the end). */
const drainEveryMs = 10;
const eventPipeBytes = 1 << 20;

interface PythonProcess {
  pid: number;
  worker: Worker | null;
  events: SharedPipe;
  /** The exit cell its parent waits on (absent for the main process). */
  status: Int32Array | null;
  ended: boolean;
}

type RawEvent = Omit<RuntimeEvent, 'bounds'> & { bounds?: number[] };

export function startPythonRun(
  files: Record<string, string>,
  o: RunOptions & { interpreters?: InterpreterPool } = {},
): RunningProgram {
  const pool = o.interpreters ?? pageInterpreters;
  // Spares for later runs boot after this one, not on the cores its processes use.
  const releasePool = pool.hold();
  const epoch = performance.timeOrigin + performance.now();
  const seconds = () => (performance.timeOrigin + performance.now() - epoch) / 1000;
  const builder = new ReportBuilder('py');
  const counters = new Int32Array(new SharedArrayBuffer(12));
  counters[counterCells.pid] = 2;
  counters[counterCells.sharedObject] = 1;
  const run: PythonRunInfo = {
    id: crypto.randomUUID(),
    epoch,
    timeScale: o.timeScale ?? 1,
    language: o.language ?? 'en',
    counters,
    files,
    entry: o.entry ?? 'main.py',
    cpuCount: navigator.hardwareConcurrency || 1,
  };
  const processes = new Map<number, PythonProcess>();
  const decoder = new TextDecoder();
  const mainErrors: string[] = [];
  let frame: number | null = null;
  let finished = false;

  const update = () => {
    if (!o.onUpdate || frame !== null || finished) return;
    frame = requestAnimationFrame(() => {
      frame = null;
      if (!finished) o.onUpdate?.(builder.snapshot(seconds()));
    });
  };

  const add = (event: RuntimeEvent) => {
    builder.add(event);
    if (event.type === 'output' && event.pid === 1 && event.stream === 'error') mainErrors.push(event.text);
  };

  const drain = (process: PythonProcess): boolean => {
    let any = false;
    for (let bytes = process.events.tryRecv(); bytes; bytes = process.events.tryRecv()) {
      const raw = JSON.parse(decoder.decode(bytes)) as RawEvent;
      add(
        (raw.type === 'tasks'
          ? { ...raw, bounds: Float64Array.from(raw.bounds ?? []) }
          : raw) as RuntimeEvent,
      );
      any = true;
    }
    return any;
  };
  const drainAll = () => {
    let any = false;
    for (const process of processes.values()) any = drain(process) || any;
    if (any) update();
  };
  const timer = setInterval(drainAll, drainEveryMs);

  const end = (process: PythonProcess, exitCode: number, announce: boolean) => {
    if (process.ended) return;
    process.ended = true;
    process.worker?.terminate();
    drain(process);
    if (process.status) {
      Atomics.store(process.status, 1, exitCode);
      Atomics.store(process.status, 0, processState.exited);
      Atomics.notify(process.status, 0);
    }
    if (announce) add({ type: 'process-exit', pid: process.pid, exitCode, t: seconds() });
    update();
  };

  let resolveReport: (report: RunReport) => void = () => {};
  const report = new Promise<RunReport>((resolve) => (resolveReport = resolve));
  const finish = (status: RunStatus, error?: RunReport['error']) => {
    if (finished) return;
    finished = true;
    releasePool();
    clearInterval(timer);
    if (limit !== null) clearTimeout(limit);
    if (frame !== null) cancelAnimationFrame(frame);
    for (const process of processes.values()) {
      drain(process);
      if (!process.ended) {
        process.ended = true;
        process.worker?.terminate();
      }
    }
    const t = seconds();
    builder.endAll(t, -15);
    const final = builder.report(status, t, error);
    o.onUpdate?.(builder.finalView(final));
    resolveReport(final);
  };

  const handle = (process: PythonProcess) => (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === 'spawn') void spawn(message.child);
    else if (message.type === 'kill') {
      const target = processes.get(message.pid);
      if (target) end(target, -15, true);
    } else if (message.type === 'exit') {
      end(process, message.exitCode, false);
      if (process.pid === 1) {
        const exitCode = message.exitCode;
        finish(
          exitCode === 0 ? 'ok' : 'error',
          exitCode === 0 ? undefined : tracebackError(mainErrors, exitCode),
        );
      }
    }
  };

  const begin = async (process: PythonProcess, start: ProcessStart) => {
    let interpreter;
    try {
      interpreter = await pool.take();
    } catch (error) {
      const message = sayIn(run.language, 'pythonDidNotStart', {
        reason: String(error instanceof Error ? error.message : error),
      });
      if (process.pid === 1) finish('error', { name: 'Error', message });
      else {
        // The child never ran: its stderr says why, as a process that could not start would.
        add({ type: 'output', pid: process.pid, stream: 'error', text: message, t: seconds() });
        end(process, 1, true);
      }
      return;
    }
    if (finished || process.ended) {
      interpreter.worker.terminate();
      return;
    }
    const worker = interpreter.worker;
    process.worker = worker;
    worker.onmessage = handle(process);
    worker.onerror = (event) => {
      event.preventDefault();
      add({
        type: 'output',
        pid: process.pid,
        stream: 'error',
        text: event.message || 'The worker failed.',
        t: seconds(),
      });
      end(process, 1, true);
      if (process.pid === 1)
        finish('error', { name: 'Error', message: event.message || 'The worker failed.' });
    };
    worker.postMessage({ type: 'start', process: start } satisfies ToWorker);
  };

  const spawn = (child: ChildSpec) => {
    const process: PythonProcess = {
      pid: child.pid,
      worker: null,
      events: SharedPipe.create(eventPipeBytes),
      status: new Int32Array(child.status),
      ended: false,
    };
    processes.set(child.pid, process);
    return begin(process, {
      run,
      pid: child.pid,
      ppid: child.ppid,
      name: child.name,
      events: process.events.buffer,
      child: { payload: child.payload, handles: child.handles, status: child.status },
    });
  };

  const main: PythonProcess = {
    pid: 1,
    worker: null,
    events: SharedPipe.create(eventPipeBytes),
    status: null,
    ended: false,
  };
  processes.set(1, main);
  add({ type: 'process-start', pid: 1, ppid: 0, name: 'MainProcess', t: seconds() });
  void begin(main, { run, pid: 1, ppid: 0, name: 'MainProcess', events: main.events.buffer });
  const limit = o.timeLimit === undefined ? null : setTimeout(() => finish('timeout'), o.timeLimit * 1000);

  return { stop: () => finish('stopped'), report };
}
