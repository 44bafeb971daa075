// The worker side of a child process: imports the program, then runs a Process target or
// chunks of Pool tasks, timing every task for the timeline.
import { getContext, setContext } from '../context';
import { connectEvents, flushEvents } from '../events';
import { decode, encode } from '../wire/codec';
import { packNumbers } from '../wire/numbers';
import { MaybeEncodingError } from '../errors';
import { innermost } from '../partial';
import { inspectArgs } from '../format';
import { captureConsole } from './console-capture';
import { importProgram, installProgramHooks } from './program-hooks';
import {
  isTaskMessage,
  taskTag,
  type ChunkOutcome,
  type ChunkRequest,
  type ChunkSpans,
  type ProcessApi,
  type ProcessInit,
  type TaskReply,
  type TaskRequest,
} from './protocol';
import { say } from '../messages';

type Callable = (...args: unknown[]) => unknown;

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/**
 * Times the tasks of a chunk into `bounds` (task i ran from bounds[i] to bounds[i + 1], in ms
 * since the run started). A clock read costs about 0.3 µs in a worker and the clock only ticks
 * every 5 µs on an isolated page, so tasks shorter than that are timed in groups: the clock is
 * read every `stride` tasks, and the tasks of a group share its measured time equally. Tasks
 * that last longer each get their own reading (stride 1).
 */
class TaskClock {
  #stride = 1;
  #last: number;
  #lastIndex = 0;

  constructor(
    private readonly bounds: Float64Array,
    private readonly origin: number,
  ) {
    this.#last = origin + performance.now();
    bounds[0] = this.#last;
  }

  /** Task `done - 1` just ended. */
  tick(done: number, last: boolean): void {
    if (last || done - this.#lastIndex >= this.#stride) this.read(done);
  }

  read(done: number): void {
    const now = this.origin + performance.now();
    const tasks = done - this.#lastIndex;
    const each = (now - this.#last) / tasks;
    for (let k = 1; k <= tasks; k++) this.bounds[this.#lastIndex + k] = this.#last + each * k;
    // Grow the group while its tasks are shorter than the clock's 5 µs tick; shrink it otherwise.
    this.#stride = each < 0.005 ? Math.min(this.#stride * 2, 1024) : Math.max(1, this.#stride >> 1);
    this.#last = now;
    this.#lastIndex = done;
  }
}

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
  values: unknown[],
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
    values[i] = value;
    clock.tick(i + 1, i + 1 === count);
  }
  return { kind: 'done' };
}

async function runChunk(chunk: ChunkRequest): Promise<ChunkOutcome> {
  const fn = decode(chunk.fn) as Callable;
  const items = chunk.items instanceof Float64Array ? chunk.items : (decode(chunk.items) as unknown[]);
  const count = items.length;
  const bounds = new Float64Array(count + 1);
  const values: unknown[] = new Array(count);
  const clock = new TaskClock(bounds, performance.timeOrigin - getContext().run.epoch);
  let failedAt = -1;
  let failure: unknown = null;
  for (let next = 0; next < count && failedAt === -1;) {
    const stop = runTasks(fn, chunk.star, items, values, clock, next);
    if (stop.kind === 'done') break;
    if (stop.kind === 'pending') {
      try {
        values[stop.index] = await stop.promise;
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
  const ran = failedAt === -1 ? bounds : bounds.slice(0, failedAt + 2);
  for (let i = 0; i < ran.length; i++) ran[i] = (ran[i] as number) / 1000;
  const spans: ChunkSpans = { fn: innermost(fn).name || chunk.name, bounds: ran, failedAt };
  if (failedAt !== -1) {
    const error = encodeError(failure, failedAt);
    const done = encodeOrNull(values.slice(0, failedAt));
    return { ok: false, index: failedAt, error, spans, ...(done ? { done } : {}) };
  }
  try {
    return { ok: true, values: packNumbers(values) ?? (encode(values, 'result') as unknown[]), spans };
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

export function createProcessApi(): ProcessApi {
  return {
    async hold(lockName) {
      // The lock stays held for the worker's whole life; the browser frees it when the worker
      // ends for any reason (terminate, close(), a crash), which is how the parent finds out.
      await new Promise<void>((held) => {
        void navigator.locks.request(lockName, () => {
          held();
          return new Promise<never>(() => {});
        });
      });
    },

    async start(init: ProcessInit) {
      setContext({ pid: init.pid, ppid: init.ppid, name: init.name, run: init.run, bootstrapping: true });
      connectEvents(init.run.id);
      captureConsole();
      installProgramHooks(null);
      try {
        await importProgram();
        if (init.initializer) {
          const fn = decode(init.initializer.fn) as Callable;
          const result = fn(...(decode(init.initializer.args) as unknown[]));
          if (isThenable(result)) await result;
        }
      } finally {
        getContext().bootstrapping = false;
        flushEvents();
      }
    },

    async runTarget(target, args) {
      const fn = decode(target) as Callable;
      try {
        const result = fn(...(decode(args) as unknown[]));
        if (isThenable(result)) await result;
      } finally {
        flushEvents();
      }
    },
  };
}

/** Serves the pool's task messages (see taskTag) on this worker's own channel. */
export function serveTasks(): void {
  self.addEventListener('message', async ({ data }: MessageEvent<unknown>) => {
    if (!isTaskMessage(data)) return;
    const [, id, chunks] = data as TaskRequest;
    const outcomes: ChunkOutcome[] = [];
    for (const chunk of chunks) outcomes.push(await runChunk(chunk));
    flushEvents();
    // Large results are this worker's own copies: move them instead of copying. (Small ones
    // copy faster than a transfer, which has a fixed cost of its own.)
    const buffers = outcomes.flatMap((o) =>
      o.ok && o.values instanceof Float64Array ? [o.values.buffer, o.spans.bounds.buffer] : [],
    );
    self.postMessage([taskTag, id, outcomes] satisfies TaskReply, { transfer: buffers });
  });
}
