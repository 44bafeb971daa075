// The worker side of the pool's hot path: runs the chunks of tasks that arrive as task messages
// (task-messages.ts), timing every task for the timeline, and sends back their results or error.
import { getContext } from '../context';
import { flushEvents, transferFrom } from '../events';
import { decode, encode } from '../wire/codec';
import { MaybeEncodingError } from '../errors';
import { innermost } from '../partial';
import { inspectArgs } from '../format';
import { say } from '../messages';
import { isThenable, type Callable } from './callable';
import { TaskClock } from './task-clock';
import { ChunkResults } from './chunk-results';
import {
  isTaskMessage,
  taskTag,
  type ChunkOutcome,
  type BatchReply,
  type BatchRequest,
  type ChunkSpans,
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

async function runChunk(
  fn: Callable,
  name: string,
  star: boolean,
  chunk: BatchRequest['chunks'][number],
): Promise<RunOutcome> {
  const items = chunk instanceof Float64Array ? chunk : (decode(chunk) as unknown[]);
  const count = items.length;
  const results = new ChunkResults(count);
  const clock = new TaskClock(performance.timeOrigin - getContext().run.epoch);
  let failedAt = -1;
  let failure: unknown = null;
  for (let next = 0; next < count && failedAt === -1;) {
    const stop = runTasks(fn, star, items, results, clock, next);
    if (stop.kind === 'done') break;
    if (stop.kind === 'pending') {
      try {
        results.set(stop.index, await stop.promise);
      } catch (error) {
        failedAt = stop.index;
        failure = error;
      }
    } else {
      failedAt = stop.index;
      failure = stop.error;
    }
    next = stop.index + 1;
    if (failedAt !== -1) clock.read(next);
    else clock.tick(next, next === count);
  }
  // After a failure the clock's last reading is the failed task's end: the rest did not run.
  const spans: ChunkSpans = { fn: name, ...clock.spans(), failedAt };
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
function joinSpans(ran: RunOutcome[], fn: string, moved: ArrayBufferLike[]): BatchReply {
  const isShort = (bounds: Float64Array) => bounds.length < transferFrom;
  let size = 0;
  for (const { spans } of ran) if (isShort(spans.bounds)) size += spans.bounds.length;
  const joined = new Float64Array(size);
  let at = 0;
  const outcomes = ran.map((outcome): ChunkOutcome => {
    const { bounds, marks, failedAt } = outcome.spans;
    if (!isShort(bounds)) {
      moved.push(bounds.buffer);
      return outcome as ChunkOutcome;
    }
    joined.set(bounds, at);
    const spans = { at, length: bounds.length, failedAt, ...(marks ? { marks } : {}) };
    at += bounds.length;
    return { ...outcome, spans } as ChunkOutcome;
  });
  return { outcomes, fn, joined };
}

/** Serves the pool's task messages (see taskTag) on this worker's own channel. */
export function serveTasks(): void {
  self.addEventListener('message', async ({ data }: MessageEvent<unknown>) => {
    if (!isTaskMessage(data)) return;
    const [, id, batch] = data as TaskRequest;
    const fn = decode(batch.fn) as Callable;
    const name = innermost(fn).name || batch.name;
    const ran: RunOutcome[] = [];
    for (const chunk of batch.chunks) ran.push(await runChunk(fn, name, batch.star, chunk));
    flushEvents();
    // Large results are this worker's own copies: move them instead of copying. (Small ones
    // copy faster than a transfer, which has a fixed cost of its own.)
    const moved: ArrayBufferLike[] = [];
    const reply = joinSpans(ran, name, moved);
    for (const o of reply.outcomes) if (o.ok && o.values instanceof Float64Array) moved.push(o.values.buffer);
    self.postMessage([taskTag, id, reply] satisfies TaskReply, { transfer: moved });
  });
}
