// The seam between the page (src/sandbox/python/) and a Python worker: every message either
// side sends, and what a process is started with. Both sides import this one module.
import type { Language } from '../messages';
import type { BootAssets } from './boot';

/** What every process of one Python run shares. */
export interface PythonRunInfo {
  id: string;
  /** Wall-clock ms (performance.timeOrigin + now) when the run started; event times count from it. */
  epoch: number;
  /** time.sleep(s) sleeps s × timeScale. */
  timeScale: number;
  language: Language;
  /** The run's counters (cells: counterCells), shared by every process of the run. */
  counters: Int32Array;
  /** The lesson's files (name → source), written into every interpreter's file system. */
  files: Record<string, string>;
  /** The script the main process runs, e.g. "pool_map.py". */
  entry: string;
  /** navigator.hardwareConcurrency on the page: multiprocessing.cpu_count(). */
  cpuCount: number;
}

/** Cells of PythonRunInfo.counters. */
export const counterCells = { pid: 0, sharedObject: 1, recordedTasks: 2 } as const;

/** A process's exit cell: cell 0 is the state, cell 1 the exit code once the state is EXITED. */
export const processState = { starting: 0, running: 1, exited: 2 } as const;

/** How a child process begins, as its parent asks for it (the page adds `events`). */
export interface ChildSpec {
  pid: number;
  ppid: number;
  name: string;
  /** The pickled process object (spawn data), run by multiprocessing's child bootstrap. */
  payload: Uint8Array;
  /** The shared objects (pipes, arrays, locks) the payload refers to, by their run-wide ids. */
  handles: [id: number, buffer: SharedArrayBuffer][];
  /** The child's exit cell (processState), which its parent waits on in join(). */
  status: SharedArrayBuffer;
}

export interface ProcessStart {
  run: PythonRunInfo;
  pid: number;
  ppid: number;
  name: string;
  /** Where this process's events go: a SharedPipe the page drains (JSON RuntimeEvents). */
  events: SharedArrayBuffer;
  /** Absent for the main process. */
  child?: Omit<ChildSpec, 'pid' | 'ppid' | 'name'>;
}

export type ToWorker =
  | {
      type: 'boot';
      assets: BootAssets;
      makeSnapshot: boolean;
      /** A line to the page's workspace service (absent where the browser has no OPFS). */
      workspace?: MessagePort;
    }
  | { type: 'start'; process: ProcessStart };

export type FromWorker =
  | { type: 'booted'; snapshot?: ArrayBuffer; ms: number }
  | { type: 'boot-failed'; message: string }
  /** Start a child process. */
  | { type: 'spawn'; child: ChildSpec }
  /** Process.terminate() / Pool.terminate(): end process `pid` at once (SIGTERM, exit code -15). */
  | { type: 'kill'; pid: number }
  /** This process has ended (its exit cell and its last events are written). */
  | { type: 'exit'; pid: number; exitCode: number };
