// Who this process is, and which run it belongs to. Every worker of a run has one context; the
// page (pid 0) has a default one so the runtime can also be driven from a test page.
import type { Language } from './messages';

/** What every process of one run shares. Plain data: it is sent to each new worker. */
export interface RunInfo {
  id: string;
  /** Wall-clock ms (performance.timeOrigin + now) when the run started; event times count from it. */
  epoch: number;
  /** sleep(s) sleeps s × timeScale; timeouts are scaled the same way. */
  timeScale: number;
  /** The page's language, for the runtime's messages (messages.ts). */
  language: Language;
  /** The run's counters (cells below), shared by all its workers; null when the page is not isolated. */
  counters: Int32Array | null;
  /** The module script every child process runs (src/runtime/worker/process.worker.ts). */
  workerUrl: string;
  /** The learner's program: module URL → file name, and the entry module. */
  program: ProgramInfo;
  /** Every file of the lesson, so subprocess.run() can start another one. */
  sources: Record<string, string>;
  /** The program worker script (compiles and runs a file), for subprocess.run(). */
  programWorkerUrl: string;
}

export interface ProgramInfo {
  entry: string;
  files: Record<string, string>;
}

export interface ProcessContext {
  pid: number;
  ppid: number;
  name: string;
  run: RunInfo;
  /** True while a child process imports the program, before it may start processes itself. */
  bootstrapping: boolean;
}

/** Cells of RunInfo.counters. */
export const nextPidCell = 0;
/** How many tasks have claimed a record (records.ts). */
export const recordedTasksCell = 1;
/** How many event batches the run's workers have posted on its BroadcastChannel (events.ts). */
export const channelBatchesCell = 2;

/** A run's counters, or null where SharedArrayBuffer is missing (the page is not isolated). */
export function newCounters(): Int32Array | null {
  if (typeof SharedArrayBuffer !== 'function' || !crossOriginIsolated) return null;
  const counters = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
  counters[nextPidCell] = 2;
  return counters;
}

let context: ProcessContext | null = null;

export function setContext(next: ProcessContext): void {
  context = next;
}

export function getContext(): ProcessContext {
  if (!context) {
    throw new Error(
      'The parallel runtime has no run here: programs get one from the sandbox, tests from startTestRun().',
    );
  }
  return context;
}

export function hasContext(): boolean {
  return context !== null;
}

/** Wall-clock milliseconds with sub-ms resolution, comparable across workers. */
export function wallMs(): number {
  return performance.timeOrigin + performance.now();
}

/** Seconds since the run started: the time base of every event and of the RunReport. */
export function runSeconds(): number {
  return (wallMs() - getContext().run.epoch) / 1000;
}

/** A pid for a new process: numbered upward per run, shared by every worker. */
export function allocatePid(): number {
  const { run, pid } = getContext();
  if (run.counters) return Atomics.add(run.counters, nextPidCell, 1);
  // Without SharedArrayBuffer there is no shared counter: number children under the parent so
  // pids stay unique (2, 3, … from the main process; 301, 302, … from pid 3).
  localCounter += 1;
  return pid <= 1 ? localCounter + 1 : pid * 100 + localCounter;
}
let localCounter = 0;

/** Starts a run whose main process is this thread (the sandbox's main process, or a test page). */
export function createRun(o: {
  workerUrl: string;
  program: ProgramInfo;
  sources?: Record<string, string>;
  programWorkerUrl?: string;
  timeScale?: number;
  language?: Language;
  id?: string;
  epoch?: number;
  /** The run's counters when whoever follows the run made them (the page does: see drive.ts). */
  counters?: Int32Array | null;
}): RunInfo {
  return {
    id: o.id ?? crypto.randomUUID(),
    epoch: o.epoch ?? wallMs(),
    timeScale: o.timeScale ?? 1,
    language: o.language ?? 'en',
    counters: o.counters === undefined ? newCounters() : o.counters,
    workerUrl: o.workerUrl,
    program: o.program,
    sources: o.sources ?? {},
    programWorkerUrl: o.programWorkerUrl ?? '',
  };
}
