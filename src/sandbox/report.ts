// What a run of a learner's program produced (DESIGN §5): the contract that lesson checks and
// outside tests read. Times are seconds since the run started.

export type RunStatus = 'ok' | 'error' | 'stopped' | 'timeout';

/**
 * A JSON-safe summary of a value that travelled to or from a worker (an argument, a Process
 * target's argument, a task's result). Plain data is itself: numbers, strings, booleans, null,
 * arrays (a Python tuple or list too) and plain objects (a Python dict). What JSON cannot hold
 * is a small tagged object:
 *
 *   { undefined: true }                      undefined (Python has none)
 *   { number: 'NaN' | 'Infinity' | '-Infinity' }   and { bigint: '123' }
 *   { function: 'square' }                   a function, by its name (it travels by reference)
 *   { partial: 'f', args: Value[], keywords: { name: Value } }   partial(f, …) (keywords: Python's)
 *   { shared: typecode, length }             a SharedArray / Value / multiprocessing.Array
 *   { lock: true } / { queue: true }         a shared Lock / Queue
 *   { typed: 'Float64Array', length, values: number[] }   a typed array or ArrayBuffer ('Uint8Array'
 *                                            for a buffer); a numpy array too ('float64', 'uint8'…)
 *   { error: name, message }                 an Error (an exception, in Python)
 *   { object: 'ClassName', fields: {…} }     an instance of a class (e.g. a filter object)
 *   { more: n }                              the last element of an array, or of `values`, that was
 *                                            cut: n more elements were not recorded
 *
 * Summaries are cut past 1 000 elements (an array, a typed array's values) or about 10 KB (a
 * string keeps its first 10 000 characters, then "…").
 */
export type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

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
  /** The arguments the target was given (absent when it was given none). */
  args?: Value[];
}

export interface TaskSpan {
  pid: number;
  fn: string;
  start: number;
  end: number;
  ok: boolean;
  /** What the task was called with: always a list (map's one item is `[item]`). */
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
  /** The language of the program that ran: TypeScript, or Python (DESIGN §8). */
  language: 'ts' | 'py';
  output: OutputLine[];
  error?: RunError;
  processes: ProcessRecord[];
  tasks: TaskSpan[];
  files: string[];
  plots: number;
}
