// Which output lines the Console shows. A program can print 100 000 lines; the DOM gets only
// the last `limit` of them (the rest are counted, and the Console says how many it hid), so a
// chatty program never freezes the page.
import type { OutputLine, ProcessRecord } from '../../sandbox/report';

/** A line and its index in the report's output (a stable React key: output only grows). */
export interface ShownLine {
  index: number;
  line: OutputLine;
}

export interface ConsoleView {
  lines: ShownLine[];
  /** Lines that pass the filter but are not shown (older than the last `limit`). */
  hidden: number;
}

export const defaultLineLimit = 2000;

/**
 * The last `limit` lines from `start` on whose pid is in `pids` (every pid when null), oldest
 * first, and how many more matched.
 */
export function shownLines(
  output: readonly OutputLine[],
  o: { start?: number; pids?: ReadonlySet<number> | null; limit?: number } = {},
): ConsoleView {
  const { start = 0, pids = null, limit = defaultLineLimit } = o;
  const lines: ShownLine[] = [];
  let hidden = 0;
  for (let index = output.length - 1; index >= start; index--) {
    const line = output[index] as OutputLine;
    if (pids && !pids.has(line.pid)) continue;
    if (lines.length < limit) lines.push({ index, line });
    else hidden++;
  }
  return { lines: lines.reverse(), hidden };
}

export interface ProcessChoice {
  pid: number;
  name: string | null;
}

/** The processes a learner can filter by: every process started, and any pid that printed. */
export function processChoices(
  processes: readonly ProcessRecord[],
  output: readonly OutputLine[],
): ProcessChoice[] {
  const names = new Map<number, string | null>(processes.map((p) => [p.pid, p.name]));
  for (const line of output) if (!names.has(line.pid)) names.set(line.pid, null);
  return [...names].map(([pid, name]) => ({ pid, name })).sort((a, b) => a.pid - b.pid);
}

/** "pid 2 (Worker-1)", or "pid 2" when the process has no known name. */
export function processLabel(pid: number, name: string | null | undefined): string {
  return name ? `pid ${pid} (${name})` : `pid ${pid}`;
}

/** Seconds since the run started, as the Console and timeline print them. */
export function formatSeconds(seconds: number): string {
  return `${seconds.toFixed(3)} s`;
}

/** A span's length in the unit that keeps three significant digits: a pool task often takes µs. */
export function formatDuration(seconds: number): string {
  if (seconds >= 1) return formatSeconds(seconds);
  if (seconds >= 1e-3) return `${(seconds * 1e3).toPrecision(3)} ms`;
  return `${(seconds * 1e6).toPrecision(3)} µs`;
}

/** One of the eight pid colours (CSS classes pid-0 … pid-7), the same for a pid everywhere. */
export function pidColorClass(pid: number): string {
  return `pid-${((pid % 8) + 8) % 8}`;
}
