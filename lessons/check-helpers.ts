// Small readers of a RunReport shared by the lessons' check.ts files. Every helper reads only
// structured evidence (lines by pid, processes with their arguments, task spans with their
// arguments and results, files): never absolute durations, because tests run lessons with a
// small time scale. A check judges what travelled (the records) before what was printed: a
// program that prints the expected text without doing the work must fail.
import type { OutputLine, ProcessRecord, RunReport, TaskSpan, Value } from '../src/sandbox/report';

/** The main process's pid (the page is 0, children are 2, 3, …). */
export const MAIN = 1;

/** Output lines, in time order, optionally of one pid. */
export function lines(report: RunReport, pid?: number): OutputLine[] {
  return report.output.filter((line) => pid === undefined || line.pid === pid);
}

/** The first line that matches, optionally printed by `pid`. */
export function findLine(report: RunReport, pattern: RegExp, pid?: number): OutputLine | undefined {
  return lines(report, pid).find((line) => pattern.test(line.text));
}

/** The first line that reads exactly `text`, optionally printed by `pid`. */
export function findText(report: RunReport, text: string, pid?: number): OutputLine | undefined {
  return lines(report, pid).find((line) => line.text === text);
}

/** Every line that matches, optionally printed by `pid`. */
export function findLines(report: RunReport, pattern: RegExp, pid?: number): OutputLine[] {
  return lines(report, pid).filter((line) => pattern.test(line.text));
}

/** Processes started by the program (every pid but the page's and the main process's). */
export function children(report: RunReport): ProcessRecord[] {
  return report.processes.filter((p) => p.pid > MAIN);
}

/** Task spans, optionally of one function (a partial counts as its underlying function). */
export function tasksOf(report: RunReport, fn?: string): TaskSpan[] {
  return report.tasks.filter((task) => fn === undefined || task.fn === fn);
}

/** The most spans running at the same instant (a span ending when another starts does not count). */
export function maxOverlap(spans: readonly { start: number; end: number }[]): number {
  const events = spans.flatMap((s) => [
    { t: s.start, d: 1 },
    { t: s.end, d: -1 },
  ]);
  events.sort((a, b) => a.t - b.t || a.d - b.d);
  let now = 0;
  let most = 0;
  for (const e of events) {
    now += e.d;
    most = Math.max(most, now);
  }
  return most;
}

export interface Extent {
  start: number;
  end: number;
  length: number;
}

/** From the first start to the last end of some spans. */
export function extent(spans: readonly { start: number; end: number }[]): Extent {
  if (spans.length === 0) return { start: 0, end: 0, length: 0 };
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
  return { start, end, length: end - start };
}

/** How many of the spans each pid ran. */
export function countByPid(spans: readonly { pid: number }[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const s of spans) counts.set(s.pid, (counts.get(s.pid) ?? 0) + 1);
  return counts;
}

/** The most spans any one pid ran: the rounds of a run of equal tasks. */
export function busiest(spans: readonly { pid: number }[]): number {
  return Math.max(0, ...countByPid(spans).values());
}

/** The pids that ran some spans. */
export function pidsOf(spans: readonly { pid: number }[]): Set<number> {
  return new Set(spans.map((s) => s.pid));
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Sum of the spans' lengths: the work, as one worker would do it. */
export function busy(spans: readonly { start: number; end: number }[]): number {
  return spans.reduce((sum, s) => sum + (s.end - s.start), 0);
}

/**
 * Splits spans into phases: runs of work separated by an idle gap longer than half the median
 * span (e.g. one pool's tasks, then a sequential part in the main process, then another pool's).
 */
export function phases<T extends { start: number; end: number }>(spans: readonly T[]): T[][] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const gap = 0.5 * median(sorted.map((s) => s.end - s.start));
  const out: T[][] = [];
  let current: T[] = [];
  let currentEnd = -Infinity;
  for (const span of sorted) {
    if (current.length && span.start > currentEnd + gap) {
      out.push(current);
      current = [];
      currentEnd = -Infinity;
    }
    current.push(span);
    currentEnd = Math.max(currentEnd, span.end);
  }
  if (current.length) out.push(current);
  return out;
}

/** The numbers of the first `[…]` list in a line ("Results: [1, 4, 9]" → [1, 4, 9]), or null. */
export function listIn(text: string | undefined): number[] | null {
  const match = text === undefined ? null : /\[([^\]]*)\]/.exec(text);
  if (!match) return null;
  const body = (match[1] ?? '').trim();
  return body === '' ? [] : body.split(',').map((item) => Number(item.trim()));
}

/** The first number after `label` in a line ("Time taken: 3.01 seconds", "Time taken") → 3.01. */
export function numberAfter(text: string | undefined, label: string | RegExp): number | null {
  if (text === undefined) return null;
  const source = typeof label === 'string' ? label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : label.source;
  const match = new RegExp(`${source}\\D*?(-?\\d+(?:\\.\\d+)?(?:e[-+]?\\d+)?)`, 'i').exec(text);
  return match ? Number(match[1]) : null;
}

export function sameNumbers(a: readonly number[] | null, b: readonly number[], tolerance = 0): boolean {
  return a !== null && a.length === b.length && a.every((x, i) => Math.abs(x - (b[i] ?? NaN)) <= tolerance);
}

/** A written path without a leading "/" or "./", so checks do not depend on how fs names it. */
export function normalizePath(path: string): string {
  return path.replace(/^\.?\/+/, '');
}

/** The normalized paths written during the run. */
export function written(report: RunReport): Set<string> {
  return new Set(report.files.map(normalizePath));
}

/**
 * Splits spans into runs by the times of marker lines the main process printed after each run
 * (e.g. "All processing completed in …"): run k holds the spans that started before marker k
 * and after marker k-1. Spans after the last marker are dropped.
 */
export function splitByMarkers<T extends { start: number }>(
  spans: readonly T[],
  markers: readonly number[],
): T[][] {
  const sorted = [...markers].sort((a, b) => a - b);
  return sorted.map((t, k) =>
    spans.filter((s) => s.start < t && (k === 0 || s.start >= (sorted[k - 1] ?? 0))),
  );
}

/** Every number in a line, in order ("[[0, 250000], [250000, 500000]]" → [0, 250000, 250000, 500000]). */
export function numbersIn(text: string | undefined): number[] {
  return text === undefined
    ? []
    : [...text.matchAll(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi)].map((m) => Number(m[0]));
}

/** Equality of recorded values: numbers, strings, booleans, null, arrays and objects, deeply. */
export function sameValue(a: Value | undefined, b: Value | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]))
    );
  }
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameValue(a[k], b[k]));
}

/** A recorded value as a learner reads it in a message: [1, 2, [3]], {"configA": 10}. */
export function showValue(value: Value | undefined): string {
  if (value === undefined) return '(nothing)';
  if (Array.isArray(value)) return `[${value.map(showValue).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${showValue(v)}`)
      .join(', ')} }`;
  }
  return typeof value === 'string' ? `'${value}'` : String(value);
}

/** The child processes whose target was `target` (a top-level function's name). */
export function processesRunning(report: RunReport, target: string): ProcessRecord[] {
  return children(report).filter((p) => p.target === target);
}

/** A call the lab makes: the arguments a task is given and, when it matters, what it returns. */
export interface Call {
  args: Value[];
  result?: Value;
}

/**
 * The tasks that made `calls`, in the calls' order: each call is matched to a different task
 * that finished with exactly those arguments (and that result, when the call names one). Null
 * when some call has no such task. Extra tasks are allowed (a check counts them if it cares).
 */
export function tasksMaking(tasks: readonly TaskSpan[], calls: readonly Call[]): TaskSpan[] | null {
  const used = new Set<TaskSpan>();
  const found: TaskSpan[] = [];
  for (const call of calls) {
    const task = tasks.find(
      (t) =>
        !used.has(t) &&
        t.ok &&
        sameValue(t.args, call.args) &&
        (call.result === undefined || sameValue(t.result, call.result)),
    );
    if (!task) return null;
    used.add(task);
    found.push(task);
  }
  return found;
}

/** What the tasks of a run were given and returned, for a message: "square([1]) → 1, …". */
export function showTasks(tasks: readonly TaskSpan[], max = 6): string {
  if (tasks.length === 0) return 'none';
  const shown = tasks
    .slice(0, max)
    .map(
      (t) => `${t.fn}(${(t.args ?? []).map(showValue).join(', ')}) → ${t.ok ? showValue(t.result) : 'error'}`,
    );
  return tasks.length > max ? `${shown.join(', ')}, … (${tasks.length} in all)` : shown.join(', ');
}

/** True when every line was printed after `t` (a result cannot be printed before it exists). */
export function allAfter(lines: readonly (OutputLine | undefined)[], t: number): boolean {
  return lines.every((line) => line !== undefined && line.t >= t);
}

/** A recorded value as a list (an array, a Python tuple or list), or null. */
export function listOf(value: Value | undefined): Value[] | null {
  return Array.isArray(value) ? value : null;
}

/** Spans of `fn` that succeeded and recorded their arguments (and result, when they returned one). */
export function callsOf(report: RunReport, fn: string): (TaskSpan & { args: Value[] })[] {
  return tasksOf(report, fn).filter((t): t is TaskSpan & { args: Value[] } => t.ok && Array.isArray(t.args));
}

/** The name of a recorded error (`{ error: name, message }`), or null. */
export function errorName(value: Value | undefined): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  return typeof value.error === 'string' ? value.error : null;
}

/** A process and every process it started, and they in turn: a program and its workers. */
export function familyOf(report: RunReport, pid: number): Set<number> {
  const pids = new Set([pid]);
  for (const p of [...report.processes].sort((a, b) => a.pid - b.pid)) if (pids.has(p.ppid)) pids.add(p.pid);
  return pids;
}

/**
 * The processes of the programs the main process ran with subprocess.run (each a "MainProcess"
 * of its own, child of pid 1) and of their workers: run() captures their output, as Python's
 * capture_output does, so it is not what the program itself printed.
 */
export function subprocessPids(report: RunReport): Set<number> {
  const pids = new Set<number>();
  for (const p of report.processes) {
    if (p.ppid === MAIN && p.name === 'MainProcess') for (const pid of familyOf(report, p.pid)) pids.add(pid);
  }
  return pids;
}
