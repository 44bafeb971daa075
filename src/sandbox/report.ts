// What a run of a learner's program produced (docs/testing.md): the contract that lesson checks and
// outside tests read. Times are seconds since the run started.
import type { ValueSummary } from '../runtime/summarize';

export type RunStatus = 'ok' | 'error' | 'stopped' | 'timeout';

/**
 * A JSON-safe summary of a value that travelled to or from a worker (an argument, a Process
 * target's argument, a task's result or error): plain data as itself, anything else as a small
 * tagged object ({ shared: 'd', length }, { function: 'square' }, { partial: 'f', args, keywords }…),
 * cut past 1 000 elements or about 10 KB. Every tag is listed where summaries are made:
 * ValueSummary in src/runtime/summarize.ts.
 */
export type Value = ValueSummary;

export interface OutputLine {
  pid: number;
  stream: 'log' | 'error';
  text: string;
  t: number;
}

export interface ProcessRecord {
  pid: number;
  ppid: number;
  name: string;
  start: number;
  end: number | null;
  exitCode: number | null;
  /** A Process's target function, by name (absent for the main process and pool workers). */
  target?: string;
  /**
   * The arguments the target was called with (absent when none). A partial target is recorded
   * as its function, with the partial's bound arguments in place.
   */
  args?: Value[];
}

export interface TaskSpan {
  pid: number;
  fn: string;
  start: number;
  end: number;
  ok: boolean;
  /**
   * What `fn` was called with: always a list (map's one item is `[item]`; through a partial,
   * the partial's bound arguments are in place: partial(f, _, 10) mapped over 3 gives [3, 10]).
   * Recorded for the run's first 10 000 tasks, with `result` and `error`.
   */
  args?: Value[];
  /** What it returned (absent when it failed; the task's error is in `error`). */
  result?: Value;
  /** The error a failed task threw. */
  error?: Value;
}

export interface RunError {
  name: string;
  message: string;
  stack?: string;
}

export interface RunReport {
  status: RunStatus;
  seconds: number;
  /** The language of the program that ran: TypeScript, or Python (docs/python-mode.md). */
  language: 'ts' | 'py';
  output: OutputLine[];
  error?: RunError;
  processes: ProcessRecord[];
  tasks: TaskSpan[];
  files: string[];
  plots: number;
}
