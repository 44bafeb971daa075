// Instrumentation: every process start/exit, output line and task span goes to the host (the
// sandbox on the page) over one BroadcastChannel per run. A channel rather than the parent's
// port so a child's output arrives even while its parent is blocked in sleep() or a loop.

export type RuntimeEvent =
  | { type: 'process-start'; pid: number; ppid: number; name: string; t: number }
  | { type: 'process-exit'; pid: number; exitCode: number; t: number; error?: ErrorSummary }
  | { type: 'output'; pid: number; stream: 'log' | 'error'; text: string; t: number }
  | TaskSpansEvent
  | { type: 'file'; pid: number; path: string; t: number }
  | { type: 'plot'; pid: number; figure: unknown; t: number };

/** The spans of one chunk of tasks run back to back: task i ran from bounds[i] to bounds[i + 1]. */
export interface TaskSpansEvent {
  type: 'tasks';
  pid: number;
  fn: string;
  bounds: Float64Array;
  /** Index of the task that threw (it and the rest of the chunk did not complete), or -1. */
  failedAt: number;
  /** Short summaries of each task's arguments, for small chunks only. */
  args?: string[];
}

export interface ErrorSummary {
  name: string;
  message: string;
  stack?: string;
}

export function runChannelName(runId: string): string {
  return `parallel-lab:run:${runId}`;
}

// Events are sent in batches: at most one message per `flushEveryMs`, so a loop printing
// 100 000 lines costs a few hundred messages, while a lone line still goes out at once.
const flushEveryMs = 8;
let channel: BroadcastChannel | null = null;
let buffer: RuntimeEvent[] = [];
let lastFlush = 0;
let timer: ReturnType<typeof setTimeout> | null = null;

export function connectEvents(runId: string): void {
  channel?.close();
  channel = new BroadcastChannel(runChannelName(runId));
}

export function emit(event: RuntimeEvent): void {
  if (!channel) return;
  buffer.push(event);
  const now = performance.now();
  if (now - lastFlush >= flushEveryMs) flushEvents();
  else timer ??= setTimeout(flushEvents, flushEveryMs);
}

/** Sends what is buffered now: before blocking (sleep) and before a process ends. */
export function flushEvents(): void {
  if (timer !== null) {
    clearTimeout(timer);
    timer = null;
  }
  lastFlush = performance.now();
  if (!channel || buffer.length === 0) return;
  const batch = buffer;
  buffer = [];
  channel.postMessage(batch);
}
