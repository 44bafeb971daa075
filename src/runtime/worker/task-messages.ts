// The pool's task messages between a pool's owner and a worker (pool/task-channel.ts sends them,
// worker/pool-tasks.ts runs them): chunks of tasks out, their outcomes and spans back.
import type { TaskSpansEvent } from '../events';

/**
 * Chunks of one job's tasks, run back to back in one message (a worker gets several chunks of
 * tiny tasks at once): the function goes once for them all.
 */
export interface BatchRequest {
  /** The encoded function (or partial); left out once the worker has function `fnId`. */
  fn?: unknown;
  /**
   * The function's number, which the worker keeps it by (null: a partial, sent each time). Sent
   * each call, the reference cost apply() a nested object to clone and look up per round trip.
   */
  fnId: number | null;
  star: boolean;
  /** Each chunk's encoded arguments: one per task, or one argument list per task when `star`. */
  chunks: (unknown[] | Float64Array)[];
}

/**
 * When each task of a chunk ran: it travels back with the results (no message of its own), and
 * the pool's owner reports it for the timeline, under the name it gave the job.
 */
export type ChunkSpans = Omit<TaskSpansEvent, 'type' | 'pid' | 'records' | 'fn'>;

/**
 * A chunk's spans as they travel: long ones in a Float64Array of their own (moved, not copied),
 * short ones as [at, at + length) of the reply's `joined`, which holds them all in one list of
 * plain numbers (a typed array each cost more to clone than a one-task chunk's two numbers: see
 * events.ts; and one typed array alone: echoing this reply's shape took 65 µs with `joined` a
 * Float64Array, 55-60 µs as a list, against 45-60 µs for a bare number; Chromium, load ~4).
 */
export type SentSpans = { failedAt: number; marks?: Float64Array } & (
  { bounds: Float64Array } | { at: number; length: number }
);

export type ChunkOutcome = { spans: SentSpans } & (
  | { ok: true; values: unknown[] | Float64Array }
  /** `done`: the encoded results of the tasks before the one that threw, for the run's records. */
  | { ok: false; index: number; error: unknown; done?: unknown[] }
  | { ok: false; index: number; unsendable: true; error: unknown }
);

/**
 * The pool's hot path: chunks go to a worker as plain [tag, id, chunks] messages and come back
 * as [tag, id, outcomes], on the worker itself (a dedicated worker's own channel is the fastest
 * there is; a MessageChannel port measured twice as slow). Comlink's per-call cost (an id
 * string, proxy traps, wire-value wrapping) measured about 0.4× a raw round trip, more than
 * Pool.apply's budget allows, so only this path bypasses it; Comlink ignores these messages.
 */
export const taskTag = 'parallel-lab:tasks';
export type TaskRequest = [tag: typeof taskTag, id: number, batch: BatchRequest];
/** What a batch gave back: each chunk's outcome, and the short spans (SentSpans). */
export interface BatchReply {
  outcomes: ChunkOutcome[];
  joined: number[];
}
export type TaskReply = [tag: typeof taskTag, id: number, reply: BatchReply];

/**
 * One task of a function the worker has run before (an apply() after the first, most of imap's
 * chunks of 1), and its result when it ran well: flat lists. A bare worker echoing TaskRequest
 * and TaskReply for apply(noop, [1]) took 63.8 µs against 54.0 µs for these and 51.2 µs for the
 * number 1 (medians of 12 rounds of 2000, worker to worker, Chromium, this 2-core host): the
 * nested shapes alone cost most of Pool.apply's 1.3× budget. Any other outcome comes back as a
 * TaskReply.
 */
export const oneTaskTag = 'parallel-lab:task';
export type OneTaskRequest = [tag: typeof oneTaskTag, id: number, fnId: number, star: boolean, item: unknown];
/** The encoded result, and when the task began and ended (s since the run began). */
export type OneTaskReply = [tag: typeof oneTaskTag, id: number, value: unknown, start: number, end: number];

export function isTaskMessage(
  data: unknown,
): data is TaskRequest | TaskReply | OneTaskRequest | OneTaskReply {
  return Array.isArray(data) && (data[0] === taskTag || data[0] === oneTaskTag);
}
