// The interface every process worker exposes to its parent (through Comlink).
import type { RunInfo } from '../context';
import type { TaskSpansEvent } from '../events';

export interface ProcessInit {
  pid: number;
  ppid: number;
  name: string;
  run: RunInfo;
  /** Pool workers: an encoded function and arguments to run once before the first task. */
  initializer?: { fn: unknown; args: unknown };
}

/** Tasks of one job run back to back in one message: a chunk, as Python's Pool sends them. */
export interface ChunkRequest {
  /** The encoded function (or partial). */
  fn: unknown;
  /** Its name on the timeline. */
  name: string;
  /** Encoded arguments: one per task, or one argument list per task when `star`. */
  items: unknown[] | Float64Array;
  star: boolean;
}

/**
 * When each task of a chunk ran: it travels back with the results (no message of its own), and
 * the pool's owner reports it for the timeline.
 */
export type ChunkSpans = Omit<TaskSpansEvent, 'type' | 'pid' | 'records'>;

export type ChunkOutcome = { spans: ChunkSpans } & (
  | { ok: true; values: unknown[] | Float64Array }
  /** `done`: the encoded results of the tasks before the one that threw, for the run's records. */
  | { ok: false; index: number; error: unknown; done?: unknown[] }
  | { ok: false; index: number; unsendable: true; error: unknown }
);

export interface ProcessApi {
  /** Takes the process's liveness lock: the parent learns of the worker's death when it frees. */
  hold(lockName: string): Promise<void>;
  /** Imports the learner's program (spawn semantics) and runs the pool initializer, if any. */
  start(init: ProcessInit): Promise<void>;
  /** Runs a Process target; resolves when it returns, rejects with its (encoded) error. */
  runTarget(target: unknown, args: unknown): Promise<void>;
}

/**
 * The pool's hot path: chunks go to a worker as plain [tag, id, chunks] messages and come back
 * as [tag, id, outcomes], on the worker itself (a dedicated worker's own channel is the fastest
 * there is; a MessageChannel port measured twice as slow). Comlink's per-call cost (an id
 * string, proxy traps, wire-value wrapping) measured about 0.4× a raw round trip, more than
 * Pool.apply's budget allows, so only this path bypasses it; Comlink ignores these messages.
 */
export const taskTag = 'parallel-lab:tasks';
export type TaskRequest = [tag: typeof taskTag, id: number, chunks: ChunkRequest[]];
export type TaskReply = [tag: typeof taskTag, id: number, outcomes: ChunkOutcome[]];

export function isTaskMessage(data: unknown): data is TaskRequest | TaskReply {
  return Array.isArray(data) && data[0] === taskTag;
}

export function livenessLockName(runId: string, pid: number): string {
  return `parallel-lab:${runId}:pid-${pid}`;
}
