// Instrumentation: every process start/exit, output line and task span goes to the host (the
// sandbox on the page). Child processes use one BroadcastChannel per run, so their output
// arrives even while their parent is blocked in sleep() or a loop. The main process, which
// sends the bulk (the task spans of its pools), has a MessagePort straight to the page: a
// BroadcastChannel message goes through the browser process, a port's stays in the renderer,
// and a port can move the span arrays instead of copying them.
//
// Messages from different workers, and from a port and a channel, arrive in no set order: a
// child's last line may reach the page after the main process's exit (seen in CI: a line 30 ms
// late under load). So each batch posted on the channel is first counted in the run's counters,
// and whoever ends a run waits until as many batches have arrived (program/drive.ts).
import { channelBatchesCell, type RunInfo } from './context';
import type { TaskRecords } from './records';
import type { ValueSummary } from './summarize';

export type RuntimeEvent =
  | ProcessStartEvent
  | { type: 'process-exit'; pid: number; exitCode: number; t: number; error?: ErrorSummary }
  | { type: 'output'; pid: number; stream: 'log' | 'error'; text: string; t: number }
  | TaskSpansEvent
  | { type: 'file'; pid: number; path: string; t: number }
  | { type: 'plot'; pid: number; figure: unknown; t: number };

export interface ProcessStartEvent {
  type: 'process-start';
  pid: number;
  ppid: number;
  name: string;
  t: number;
  /** A Process's target function, by name, and the arguments it is called with. */
  target?: string;
  args?: ValueSummary[];
}

/**
 * When a chunk's tasks ran, in seconds since the run started: task i ran from bounds[i] to
 * bounds[i + 1]. With `marks` (a long chunk of tiny tasks, timed in groups: worker/task-clock.ts),
 * bounds holds the clock's readings instead: task marks[j] began at bounds[j], and the tasks
 * between two readings share their time equally (taskBounds() gives one bound per task).
 */
export interface SpanTimes {
  bounds: Float64Array;
  marks?: Float64Array;
}

/**
 * Chunks of at least this many tiny tasks send their clock's readings, not a bound per task: a
 * chunk of 12 500 no-op tasks then sends ~23 numbers instead of 12 501 that its worker wrote into
 * fresh memory (page faults: most of its ~1 ms) and the owner and the page received. With the
 * pool's spare packing memory, Pool.map of 100 000 went from 4.8 to 8.9 M/s in one A/B (medians
 * of 5 rounds, shared host at load ~4). Shorter chunks keep a bound per task.
 */
export const groupedFrom = 64;

/** One bound per task: task i ran from the result's [i] to [i + 1]. */
export function taskBounds(bounds: Float64Array, marks?: Float64Array): Float64Array {
  if (!marks) return bounds;
  const tasks = marks[marks.length - 1] ?? 0;
  const out = new Float64Array(tasks + 1);
  out[0] = bounds[0] ?? 0;
  for (let j = 0; j + 1 < marks.length; j++) {
    const from = marks[j] as number;
    const count = (marks[j + 1] as number) - from;
    const start = bounds[j] as number;
    const each = ((bounds[j + 1] as number) - start) / count;
    for (let k = 1; k <= count; k++) out[from + k] = start + each * k;
  }
  return out;
}

/** The spans of one chunk of tasks run back to back (see SpanTimes). */
export interface TaskSpansEvent extends SpanTimes {
  type: 'tasks';
  pid: number;
  fn: string;
  /** Index of the task that threw (it and the rest of the chunk did not complete), or -1. */
  failedAt: number;
  /** What its first tasks were given and gave back, while the run records tasks (records.ts). */
  records?: TaskRecords;
}

export interface ErrorSummary {
  name: string;
  message: string;
  stack?: string;
}

export function runChannelName(runId: string): string {
  return `parallel-lab:run:${runId}`;
}

// Events go out at once until they come fast: the first `atOncePerWindow` of each `windowMs` are
// sent as they happen (a line printed just before an endless loop must reach the page, and the
// loop never lets a timer fire), later ones wait for the window's end. A loop printing 100 000
// lines so costs at most ~1000 messages a second, not one per line.
const windowMs = 8;
const atOncePerWindow = 8;
/**
 * Task spans come one event per chunk, and a run of apply() calls makes one every ~80 µs: only
 * the first of a window goes at once. Posting an event cost the sending thread 30-60 µs here
 * (the pool's owner, between two apply() calls; Chromium at load ~10), 8 a window about 4 µs an
 * apply(). One still goes at once, so a task's span before a long wait reaches the page.
 */
const tasksAtOncePerWindow = 1;
/**
 * Span arrays this long or longer are moved to the page, shorter ones copied: posting 256 events
 * took 9.4 ms with their 2-number spans transferred and 1.8 ms copied, about the same both ways at
 * 64 numbers, and 32 ms against 66 ms at 1024 (Chromium, at load ~9).
 */
export const transferFrom = 64;
type Sink = { postMessage(batch: RuntimeEvent[], transfer: Transferable[]): void; close(): void };
let channel: Sink | null = null;
let buffer: RuntimeEvent[] = [];
let windowStart = -Infinity;
let sentInWindow = 0;
let tasksSentInWindow = 0;
let timer: ReturnType<typeof setTimeout> | null = null;

export function connectEvents(run: Pick<RunInfo, 'id' | 'counters'>, port?: MessagePort): void {
  channel?.close();
  if (port) {
    channel = {
      postMessage: (batch, transfer) => port.postMessage(batch, transfer),
      close: () => port.close(),
    };
    return;
  }
  const broadcast = new BroadcastChannel(runChannelName(run.id));
  const { counters } = run;
  channel = {
    postMessage(batch) {
      // Counted before it is posted: a worker ended between the two makes the run's end wait
      // (up to its limit) for a batch that never comes, never end before one that does.
      if (counters) Atomics.add(counters, channelBatchesCell, 1);
      broadcast.postMessage(batch);
    },
    close: () => broadcast.close(),
  };
}

export function emit(event: RuntimeEvent): void {
  if (!channel) return;
  buffer.push(event);
  const now = performance.now();
  if (now - windowStart >= windowMs) {
    windowStart = now;
    sentInWindow = 0;
    tasksSentInWindow = 0;
  }
  const atOnce =
    event.type === 'tasks' ? tasksSentInWindow++ < tasksAtOncePerWindow : sentInWindow < atOncePerWindow;
  if (atOnce) flushEvents();
  else timer ??= setTimeout(flushEvents, windowStart + windowMs - now);
}

/** Sends what is buffered now: before blocking (sleep) and before a process ends. */
export function flushEvents(): void {
  if (timer !== null) {
    clearTimeout(timer);
    timer = null;
  }
  if (!channel || buffer.length === 0) return;
  sentInWindow++;
  const batch = joinShortSpans(buffer);
  buffer = [];
  channel.postMessage(
    batch,
    batch.flatMap((event) =>
      event.type === 'tasks' && event.bounds.length >= transferFrom ? [event.bounds.buffer] : [],
    ),
  );
}

/**
 * The events with their short task spans as views of one array: structured clone copies a
 * buffer once however many views of it a message holds, and a buffer of its own costs each
 * span far more than a view does. Posting 50 batches of 256 task events with 2-number spans
 * took 2.0-3.3 ms a batch with a buffer each, 0.7-1.5 ms as views of one (Chromium, load ~10);
 * an imap with chunksize 1 or a run of apply() calls sends such batches.
 */
function joinShortSpans(batch: RuntimeEvent[]): RuntimeEvent[] {
  let size = 0;
  let count = 0;
  for (const event of batch) {
    if (event.type === 'tasks' && event.bounds.length < transferFrom) {
      size += event.bounds.length;
      count++;
    }
  }
  if (count === 0) return batch;
  const joined = new Float64Array(size);
  let at = 0;
  return batch.map((event) => {
    if (event.type !== 'tasks' || event.bounds.length >= transferFrom) return event;
    const bounds = joined.subarray(at, at + event.bounds.length);
    bounds.set(event.bounds);
    at += bounds.length;
    return { ...event, bounds };
  });
}
