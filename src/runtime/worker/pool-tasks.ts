// The worker side of the pool's hot path: runs the chunks of tasks that arrive as task messages
// (task-messages.ts), timing every task for the timeline, and sends back their results or error.
import { getContext } from '../context';
import { flushEvents, transferFrom } from '../events';
import { decode, encode } from '../wire/codec';
import { MaybeEncodingError } from '../errors';
import { inspectArgs } from '../format';
import { say } from '../messages';
import { isThenable, type Callable } from './callable';
import { TaskClock } from './task-clock';
import { ChunkResults } from './chunk-results';
import {
  isTaskMessage,
  oneTaskTag,
  taskTag,
  type ChunkOutcome,
  type BatchReply,
  type BatchRequest,
  type ChunkSpans,
  type OneTaskReply,
  type OneTaskRequest,
  type TaskReply,
  type TaskRequest,
} from './task-messages';

type Stop =
  | { kind: 'done' }
  | { kind: 'pending'; index: number; promise: PromiseLike<unknown> }
  | { kind: 'threw'; index: number; error: unknown };

/**
 * Runs tasks from `from` on, synchronously, until one returns a promise or throws. Kept apart
 * from the async caller so V8 optimises this loop as plain code: it is the pool's hot path.
 */
function runTasks(
  fn: Callable,
  star: boolean,
  items: ArrayLike<unknown>,
  results: ChunkResults,
  clock: TaskClock,
  from: number,
): Stop {
  const count = items.length;
  for (let i = from; i < count; i++) {
    let value: unknown;
    try {
      value = star ? fn(...(items[i] as unknown[])) : fn(items[i]);
    } catch (error) {
      return { kind: 'threw', index: i, error };
    }
    if (isThenable(value)) return { kind: 'pending', index: i, promise: value };
    results.set(i, value);
    clock.tick(i + 1, i + 1 === count);
  }
  return { kind: 'done' };
}

/** A chunk's outcome, with its spans as they are before they join the batch's (see SentSpans). */
type WithOwnSpans<O> = O extends unknown ? Omit<O, 'spans'> & { spans: ChunkSpans } : never;
type RunOutcome = WithOwnSpans<ChunkOutcome>;

/**
 * Runs a chunk: synchronously while its tasks return values (apply() waited a microtask hop per
 * call when every chunk was awaited), asynchronously from the first task that returns a promise.
 */
function runChunk(
  fn: Callable,
  star: boolean,
  chunk: BatchRequest['chunks'][number],
): RunOutcome | Promise<RunOutcome> {
  const items = chunk instanceof Float64Array ? chunk : (decode(chunk) as unknown[]);
  const results = new ChunkResults(items.length);
  const clock = new TaskClock(performance.timeOrigin - getContext().run.epoch);
  const stop = runTasks(fn, star, items, results, clock, 0);
  if (stop.kind === 'done') return chunkOutcome(clock, results, -1, null);
  if (stop.kind === 'threw') {
    clock.read(stop.index + 1);
    return chunkOutcome(clock, results, stop.index, stop.error);
  }
  return runRest(fn, star, items, results, clock, stop);
}

/** The rest of a chunk, from a task that returned a promise. */
async function runRest(
  fn: Callable,
  star: boolean,
  items: ArrayLike<unknown>,
  results: ChunkResults,
  clock: TaskClock,
  pending: Extract<Stop, { kind: 'pending' }>,
): Promise<RunOutcome> {
  const count = items.length;
  let stop: Stop = pending;
  while (stop.kind !== 'done') {
    const { index } = stop;
    let failure: { error: unknown } | null = null;
    if (stop.kind === 'threw') failure = { error: stop.error };
    else {
      try {
        results.set(index, await stop.promise);
      } catch (error) {
        failure = { error };
      }
    }
    if (failure) {
      clock.read(index + 1);
      return chunkOutcome(clock, results, index, failure.error);
    }
    clock.tick(index + 1, index + 1 === count);
    stop = runTasks(fn, star, items, results, clock, index + 1);
  }
  return chunkOutcome(clock, results, -1, null);
}

function chunkOutcome(
  clock: TaskClock,
  results: ChunkResults,
  failedAt: number,
  failure: unknown,
): RunOutcome {
  // After a failure the clock's last reading is the failed task's end: the rest did not run.
  const spans: ChunkSpans = { ...clock.spans(), failedAt };
  if (failedAt !== -1) {
    const error = encodeError(failure, failedAt);
    const done = encodeOrNull(results.first(failedAt));
    return { ok: false, index: failedAt, error, spans, ...(done ? { done } : {}) };
  }
  const values = results.all;
  if (values instanceof Float64Array) return { ok: true, values, spans };
  try {
    return { ok: true, values: encode(values, 'result') as unknown[], spans };
  } catch (error) {
    const index = firstUnsendable(values);
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      index,
      unsendable: true,
      spans,
      error: encode(new MaybeEncodingError(say('resultNotSendable', { index, reason })), 'error'),
    };
  }
}

/**
 * The results of the tasks before a failure, for the run's records only: left out when they
 * cannot be sent (the clone test keeps them from failing the reply that carries the error).
 */
function encodeOrNull(values: unknown[]): unknown[] | null {
  if (values.length === 0) return null;
  try {
    const encoded = encode(values, 'result') as unknown[];
    structuredClone(encoded);
    return encoded;
  } catch {
    return null;
  }
}

function firstUnsendable(values: unknown[]): number {
  for (let i = 0; i < values.length; i++) {
    try {
      encode(values[i], 'result');
    } catch {
      return i;
    }
  }
  return 0;
}

function encodeError(thrown: unknown, index: number): unknown {
  // Python can only raise exceptions; JavaScript can throw anything. Callers get an Error.
  const error = thrown instanceof Error ? thrown : new Error(`Task ${index} threw ${inspectArgs([thrown])}`);
  try {
    return encode(error, 'error');
  } catch {
    return encode(
      new Error(`Task ${index} threw a value that can't be sent back: ${String(error)}`),
      'error',
    );
  }
}

/** The chunks' short spans in one array (see SentSpans); `moved`: the buffers to transfer. */
function joinSpans(ran: RunOutcome[], moved: ArrayBufferLike[]): BatchReply {
  const joined: number[] = [];
  const outcomes = ran.map((outcome): ChunkOutcome => {
    const { bounds, marks, failedAt } = outcome.spans;
    if (bounds.length >= transferFrom) {
      moved.push(bounds.buffer);
      return outcome as ChunkOutcome;
    }
    const spans = { at: joined.length, length: bounds.length, failedAt, ...(marks ? { marks } : {}) };
    for (let i = 0; i < bounds.length; i++) joined.push(bounds[i] as number);
    return { ...outcome, spans } as ChunkOutcome;
  });
  return { outcomes, joined };
}

/** The functions this worker was sent, by number (BatchRequest.fnId). */
const functions = new Map<number, Callable>();

function taskFunction({ fn, fnId }: BatchRequest): Callable {
  if (fnId === null) return decode(fn) as Callable;
  let known = functions.get(fnId);
  if (!known) functions.set(fnId, (known = decode(fn) as Callable));
  return known;
}

/**
 * Runs a batch's chunks from `from` on, and replies; synchronously unless a task returns a
 * promise. `oneTask`: it came as a OneTaskRequest, so a good outcome goes back as a OneTaskReply.
 */
function runBatch(
  id: number,
  batch: Omit<BatchRequest, 'fn'>,
  fn: Callable,
  ran: RunOutcome[],
  from: number,
  oneTask: boolean,
): void | Promise<void> {
  for (let i = from; i < batch.chunks.length; i++) {
    const outcome = runChunk(fn, batch.star, batch.chunks[i] as BatchRequest['chunks'][number]);
    if (outcome instanceof Promise) {
      return outcome.then((done) => {
        ran.push(done);
        return runBatch(id, batch, fn, ran, i + 1, oneTask);
      });
    }
    ran.push(outcome);
  }
  flushEvents();
  // Large results are this worker's own copies: move them instead of copying. (Small ones
  // copy faster than a transfer, which has a fixed cost of its own.)
  const moved: ArrayBufferLike[] = [];
  const reply = joinSpans(ran, moved);
  const [only] = reply.outcomes;
  if (oneTask && only?.ok && Array.isArray(only.values) && 'at' in only.spans && reply.joined.length === 2) {
    const [start, end] = reply.joined as [number, number];
    self.postMessage([oneTaskTag, id, only.values[0], start, end] satisfies OneTaskReply);
    return;
  }
  for (const o of reply.outcomes) if (o.ok && o.values instanceof Float64Array) moved.push(o.values.buffer);
  self.postMessage([taskTag, id, reply] satisfies TaskReply, { transfer: moved });
}

/** Serves the pool's task messages (see taskTag and oneTaskTag) on this worker's own channel. */
export function serveTasks(): void {
  self.addEventListener('message', ({ data }: MessageEvent<unknown>) => {
    if (!isTaskMessage(data)) return;
    if (data[0] === oneTaskTag) {
      const [, id, fnId, star, item] = data as OneTaskRequest;
      // The pool sends a function's number alone only after the function itself (TaskChannel).
      const known = functions.get(fnId) as Callable;
      void runBatch(id, { fnId, star, chunks: [[item]] }, known, [], 0, true);
      return;
    }
    const [, id, batch] = data as TaskRequest;
    void runBatch(id, batch, taskFunction(batch), [], 0, false);
  });
}
