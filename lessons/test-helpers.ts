// Builders of realistic RunReports for the lessons' check tests (not a lesson: the registry
// reads only lessons/NN-slug/ folders).
import type { CheckResult } from '../src/lessons/types';
import type { OutputLine, ProcessRecord, RunReport, TaskSpan, Value } from '../src/sandbox/report';

export function report(o: Partial<RunReport> = {}): RunReport {
  const base: RunReport = {
    status: 'ok',
    seconds: 0,
    language: 'ts',
    output: [],
    processes: [],
    tasks: [],
    files: [],
    plots: 0,
  };
  const merged = { ...base, ...o };
  const ends = [
    ...merged.output.map((l) => l.t),
    ...merged.tasks.map((t) => t.end),
    ...merged.processes.map((p) => p.end ?? p.start),
  ];
  return { ...merged, seconds: o.seconds ?? Math.max(0, ...ends) + 0.01 };
}

export function log(pid: number, text: string, t: number, stream: 'log' | 'error' = 'log'): OutputLine {
  return { pid, stream, text, t };
}

/** The main process (pid 1, started by the page). */
export function mainProcess(end: number, exitCode = 0): ProcessRecord {
  return { pid: 1, ppid: 0, name: 'MainProcess', start: 0, end, exitCode };
}

/** A child process; `target` and `args` are what it was started with (a Process's). */
export function proc(
  pid: number,
  start: number,
  end: number | null,
  o: { ppid?: number; name?: string; exitCode?: number | null; target?: string; args?: Value[] } = {},
): ProcessRecord {
  return {
    pid,
    ppid: o.ppid ?? 1,
    name: o.name ?? `Process-${pid - 1}`,
    start,
    end,
    exitCode: o.exitCode === undefined ? (end === null ? null : 0) : o.exitCode,
    ...(o.target === undefined ? {} : { target: o.target }),
    ...(o.args === undefined ? {} : { args: o.args }),
  };
}

/** What a task was given and returned (or threw), as the runtime records it. */
export interface TaskRecord {
  args?: Value[];
  result?: Value;
  error?: Value;
}

export function task(
  pid: number,
  fn: string,
  start: number,
  end: number,
  ok = true,
  record: TaskRecord = {},
): TaskSpan {
  return { pid, fn, start, end, ok, ...record };
}

export interface Schedule {
  tasks: TaskSpan[];
  /** When the last task ended. */
  end: number;
  /** Which worker ran each input, by input index. */
  worker: number[];
}

/**
 * Simulates a pool: `durations[i]` is input i's time; inputs go in chunks of `chunksize` to the
 * worker that is free first (ties: the lower pid), as Python's Pool does. `records[i]`, when
 * given, is what input i's task was given and returned.
 */
export function schedule(
  fn: string,
  durations: readonly number[],
  o: {
    pids: readonly number[];
    start: number;
    chunksize?: number;
    gap?: number;
    records?: readonly TaskRecord[];
  },
): Schedule {
  const chunksize = o.chunksize ?? 1;
  const gap = o.gap ?? 0.0005;
  const free = new Map(o.pids.map((pid) => [pid, o.start]));
  const tasks: TaskSpan[] = [];
  const worker: number[] = [];
  for (let first = 0; first < durations.length; first += chunksize) {
    let pid = o.pids[0] ?? 2;
    for (const candidate of o.pids) if ((free.get(candidate) ?? 0) < (free.get(pid) ?? 0)) pid = candidate;
    let t = (free.get(pid) ?? 0) + gap;
    for (let i = first; i < Math.min(first + chunksize, durations.length); i++) {
      const d = durations[i] ?? 0;
      tasks.push(task(pid, fn, t, t + d, true, o.records?.[i]));
      worker[i] = pid;
      t += d;
    }
    free.set(pid, t);
  }
  return { tasks, end: Math.max(o.start, ...tasks.map((s) => s.end)), worker };
}

/** Pool workers pid…pid+n-1, started at `start` and ended at `end`. */
export function workers(
  firstPid: number,
  n: number,
  start: number,
  end: number | null,
  name = 'PoolWorker',
): ProcessRecord[] {
  return Array.from({ length: n }, (_, i) =>
    proc(firstPid + i, start + 0.002 * i, end, { name: `${name}-${firstPid + i - 1}` }),
  );
}

export function failing(results: readonly CheckResult[]): string[] {
  return results.filter((r) => !r.ok).map((r) => r.id);
}

/** xs[i], which must exist (keeps the tests free of non-null assertions). */
export function at<T>(xs: readonly T[], i: number): T {
  const x = xs[i];
  if (x === undefined) throw new RangeError(`no item ${i}`);
  return x;
}
