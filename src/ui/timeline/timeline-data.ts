// Shapes a RunReport into the timeline's rows and bars. One bar per task span while that stays
// drawable; past `maxBars` the spans of a process that lie closer together than the widest gaps
// are merged into one bar per busy stretch (the panel says so), because a canvas can show
// neither 100 000 bars nor gaps narrower than a pixel, and drawing them would freeze the page.
import type { ProcessRecord, TaskSpan, Value } from '../../sandbox/report';
import { argsText } from '../../sandbox/value-text';
import { processLabel } from '../console/console-lines';

export interface TimelineSource {
  seconds: number;
  processes: readonly ProcessRecord[];
  tasks: readonly TaskSpan[];
}

export interface TimelineRow {
  pid: number;
  label: string;
}

export interface LifetimeBar {
  pid: number;
  start: number;
  /** Still running when `end` is null; the bar then reaches the report's `seconds`. */
  end: number | null;
  exitCode: number | null;
}

export interface TaskBar {
  pid: number;
  start: number;
  end: number;
  ok: boolean;
  /** The function, or the functions joined by ", " for a merged bar that ran several. */
  fn: string;
  /** How many task spans the bar stands for (1 unless merged). */
  count: number;
  /** Seconds spent in those tasks (less than end - start when merged across gaps). */
  busy: number;
  /** Its arguments as text, when they were recorded. */
  args?: string;
}

export interface TimelineData {
  rows: TimelineRow[];
  lifetimes: LifetimeBar[];
  tasks: TaskBar[];
  taskCount: number;
  /** True when spans were merged; `mergeGap` is the widest gap a merged bar spans, in seconds. */
  merged: boolean;
  mergeGap: number;
  /** Where the x axis ends: the run's elapsed time, or the last bar's end if later. */
  end: number;
}

export const defaultMaxBars = 2000;

export function shapeTimeline(source: TimelineSource, maxBars = defaultMaxBars): TimelineData {
  const names = new Map<number, string>(source.processes.map((p) => [p.pid, p.name]));
  for (const task of source.tasks) if (!names.has(task.pid)) names.set(task.pid, '');
  const rows = [...names]
    .sort(([a], [b]) => a - b)
    .map(([pid, name]) => ({ pid, label: processLabel(pid, name) }));
  const lifetimes = source.processes.map(({ pid, start, end, exitCode }) => ({ pid, start, end, exitCode }));

  let end = source.seconds;
  for (const p of source.processes) if (p.end !== null && p.end > end) end = p.end;
  for (const task of source.tasks) if (task.end > end) end = task.end;

  const shaped = { rows, lifetimes, taskCount: source.tasks.length, end };
  if (source.tasks.length <= maxBars) {
    return { ...shaped, tasks: source.tasks.map(singleBar), merged: false, mergeGap: 0 };
  }
  return { ...shaped, ...mergeSpans(source.tasks, maxBars) };
}

// The report's spans keep their identity from one live update to the next: each one's text is
// made once, not on every frame.
const argsTexts = new WeakMap<readonly Value[], string>();

function textOf(args: readonly Value[]): string {
  let line = argsTexts.get(args);
  if (line === undefined) argsTexts.set(args, (line = argsText(args)));
  return line;
}

function singleBar(task: TaskSpan): TaskBar {
  const bar: TaskBar = {
    pid: task.pid,
    start: task.start,
    end: task.end,
    ok: task.ok,
    fn: task.fn,
    count: 1,
    busy: task.end - task.start,
  };
  if (task.args !== undefined) bar.args = textOf(task.args);
  return bar;
}

/**
 * Groups spans by process and outcome (a failed task is never hidden inside a passing bar),
 * then keeps only the widest gaps between neighbours as bar boundaries: splitting where a gap
 * is strictly wider than the k-th widest gap gives fewer than k splits, so at most `maxBars`.
 */
function mergeSpans(
  tasks: readonly TaskSpan[],
  maxBars: number,
): { tasks: TaskBar[]; merged: true; mergeGap: number } {
  const groups = new Map<string, TaskSpan[]>();
  for (const task of tasks) {
    const key = `${task.pid}:${task.ok}`;
    const group = groups.get(key);
    if (group) group.push(task);
    else groups.set(key, [task]);
  }
  const sorted = [...groups.values()].map(sortByStart);

  const gaps: number[] = [];
  for (const group of sorted) {
    for (let i = 1; i < group.length; i++) {
      gaps.push((group[i] as TaskSpan).start - (group[i - 1] as TaskSpan).end);
    }
  }
  const splits = Math.max(0, maxBars - sorted.length);
  const widest = Float64Array.from(gaps).sort().reverse();
  const threshold = splits === 0 ? Infinity : (widest[splits - 1] ?? -Infinity);

  const bars: TaskBar[] = [];
  let mergeGap = 0;
  for (const group of sorted) {
    let bar: TaskBar | null = null;
    let fns = new Set<string>();
    for (const task of group) {
      const gap = bar ? task.start - bar.end : Infinity;
      if (bar && gap <= threshold) {
        mergeGap = Math.max(mergeGap, gap);
        bar.end = Math.max(bar.end, task.end);
        bar.count++;
        bar.busy += task.end - task.start;
        fns.add(task.fn);
        continue;
      }
      if (bar) bars.push(withFunctions(bar, fns));
      bar = {
        pid: task.pid,
        start: task.start,
        end: task.end,
        ok: task.ok,
        fn: task.fn,
        count: 1,
        busy: task.end - task.start,
      };
      fns = new Set([task.fn]);
    }
    if (bar) bars.push(withFunctions(bar, fns));
  }
  return { tasks: bars, merged: true, mergeGap: Math.max(0, mergeGap) };
}

function withFunctions(bar: TaskBar, fns: Set<string>): TaskBar {
  if (fns.size > 1) bar.fn = [...fns].join(', ');
  return bar;
}

/** Spans usually arrive in start order per process; sort only when they did not. */
function sortByStart(group: TaskSpan[]): TaskSpan[] {
  for (let i = 1; i < group.length; i++) {
    if ((group[i] as TaskSpan).start < (group[i - 1] as TaskSpan).start) {
      return group.sort((a, b) => a.start - b.start);
    }
  }
  return group;
}
