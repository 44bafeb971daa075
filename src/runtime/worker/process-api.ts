// The worker side of a child process: imports the program, then runs a Process target or
// chunks of Pool tasks, timing every task for the timeline.
import { getContext, setContext, wallMs } from '../context';
import { connectEvents, emit, flushEvents } from '../events';
import { decode, encode } from '../wire/codec';
import { MaybeEncodingError } from '../errors';
import { innermost } from '../partial';
import { summarizeArgs } from '../summarize';
import { captureConsole } from './console-capture';
import { importProgram, installProgramHooks } from './program-hooks';
import type { ChunkOutcome, ChunkRequest, ProcessApi, ProcessInit } from './protocol';

type Callable = (...args: unknown[]) => unknown;

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

// Up to this many tasks per chunk, the timeline also gets a summary of each task's arguments.
const summarizeUpTo = 32;

async function runChunk(chunk: ChunkRequest): Promise<ChunkOutcome> {
  const fn = decode(chunk.fn) as Callable;
  const items = decode(chunk.items) as unknown[];
  const count = items.length;
  const bounds = new Float64Array(count + 1);
  const values: unknown[] = new Array(count);
  const epoch = getContext().run.epoch;
  let failedAt = -1;
  let outcome: ChunkOutcome | null = null;
  bounds[0] = (wallMs() - epoch) / 1000;
  for (let i = 0; i < count; i++) {
    try {
      const item = items[i];
      let value = chunk.star ? fn(...(item as unknown[])) : fn(item);
      if (isThenable(value)) value = await value;
      values[i] = value;
    } catch (error) {
      failedAt = i;
      outcome = { ok: false, index: i, error: encodeError(error, i) };
    }
    bounds[i + 1] = (wallMs() - epoch) / 1000;
    if (outcome) break;
  }
  const spans = failedAt === -1 ? bounds : bounds.slice(0, failedAt + 2);
  emit({
    type: 'tasks',
    pid: getContext().pid,
    fn: innermost(fn).name || chunk.name,
    bounds: spans,
    failedAt,
    ...(count <= summarizeUpTo
      ? {
          args: items
            .slice(0, spans.length - 1)
            .map((item) => summarizeArgs(chunk.star ? (item as unknown[]) : [item])),
        }
      : {}),
  });
  if (outcome) return outcome;
  try {
    return { ok: true, values: encode(values, 'result') as unknown[] };
  } catch (error) {
    const index = firstUnsendable(values);
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      index,
      unsendable: true,
      error: encode(new MaybeEncodingError(`Error sending the result of task ${index}: ${reason}`), 'error'),
    };
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

function encodeError(error: unknown, index: number): unknown {
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

    async runBatch(chunks) {
      const outcomes: ChunkOutcome[] = [];
      for (const chunk of chunks) outcomes.push(await runChunk(chunk));
      flushEvents();
      return outcomes;
    },
  };
}
