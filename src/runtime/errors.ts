// Errors cross workers keeping their class (built-ins, the runtime's, and error classes the
// learner's modules export), name, message and own fields; `cause` holds the remote stack, as
// Python chains a RemoteTraceback onto an error re-raised from a pool worker.
import { getContext, hasContext } from './context';
import { registerWireHandler, type WireHandler } from './wire/codec';
import { findReference, PicklingError, resolveReference, type FunctionRef } from './references';

/** get(timeout) / join(timeout) ran out of time; the task itself keeps running. */
export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

/** A worker died (uncaught top-level error, close(), out of memory, terminate) while running tasks. */
export class WorkerLostError extends Error {
  override name = 'WorkerLostError';
}

/** A task's result could not be sent back (Python's multiprocessing.pool.MaybeEncodingError). */
export class MaybeEncodingError extends Error {
  override name = 'MaybeEncodingError';
}

/** The stack of an error raised in another worker, attached as `cause`. */
export class RemoteTraceback extends Error {
  override name = 'RemoteTraceback';
  constructor(remoteStack: string, options?: ErrorOptions) {
    super(remoteStack, options);
    this.stack = remoteStack;
  }
}

/** Rewrites blob: module URLs in a stack to the learner's file names and drops runtime frames. */
export function learnerStack(stack: string | undefined): string | undefined {
  if (!stack || !hasContext()) return stack;
  const { files } = getContext().run.program;
  const lines = stack.split('\n');
  const kept = lines.filter(
    (line, i) => i === 0 || !/^\s+at /.test(line) || Object.keys(files).some((url) => line.includes(url)),
  );
  return kept.join('\n').replace(/(blob:[^\s)]+?)(?=:\d+:\d+)/g, (url) => files[url] ?? url);
}

const builtins: Record<string, new (message?: string) => Error> = {
  Error,
  TypeError,
  RangeError,
  SyntaxError,
  ReferenceError,
  EvalError,
  URIError,
  TimeoutError,
  WorkerLostError,
  MaybeEncodingError,
  PicklingError,
  RemoteTraceback: RemoteTraceback as new (message?: string) => Error,
};

interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  ctor: { builtin: string } | { ref: FunctionRef } | null;
  fields: Record<string, unknown>;
}

function constructorOf(error: Error): SerializedError['ctor'] {
  const ctor = error.constructor;
  const builtin = Object.entries(builtins).find(([, c]) => c === ctor)?.[0];
  if (builtin) return { builtin };
  const ref = findReference(ctor);
  return ref ? { ref } : null;
}

function revive(ctor: SerializedError['ctor']): new (message?: string) => Error {
  if (!ctor) return Error;
  if ('builtin' in ctor) return builtins[ctor.builtin] ?? Error;
  try {
    const found = resolveReference(ctor.ref);
    return typeof found === 'function' ? (found as new (message?: string) => Error) : Error;
  } catch {
    return Error;
  }
}

const errorHandler: WireHandler<Error, SerializedError> = {
  name: 'error',
  canHandle: (value): value is Error => value instanceof Error,
  serialize(error, encodeChild) {
    const fields: Record<string, unknown> = {};
    for (const key of Object.keys(error)) {
      if (key !== 'stack' && key !== 'message' && key !== 'name') {
        fields[key] = encodeChild((error as unknown as Record<string, unknown>)[key], `.${key}`);
      }
    }
    if (error.cause !== undefined && !('cause' in fields)) fields.cause = encodeChild(error.cause, '.cause');
    return {
      name: error.name,
      message: error.message,
      stack: learnerStack(error.stack),
      ctor: constructorOf(error),
      fields,
    };
  },
  deserialize(data, decodeChild) {
    const Ctor = revive(data.ctor);
    const error = Object.create(Ctor.prototype) as Error;
    Object.defineProperty(error, 'message', { value: data.message, writable: true, configurable: true });
    if (error.name !== data.name) {
      Object.defineProperty(error, 'name', { value: data.name, writable: true, configurable: true });
    }
    for (const [key, value] of Object.entries(data.fields)) {
      if (key !== 'cause') (error as unknown as Record<string, unknown>)[key] = decodeChild(value);
    }
    const remote = data.stack ?? `${data.name}: ${data.message}`;
    const cause = 'cause' in data.fields ? decodeChild(data.fields.cause) : undefined;
    Object.defineProperty(error, 'cause', {
      value: new RemoteTraceback(remote, cause === undefined ? undefined : { cause }),
      writable: true,
      configurable: true,
    });
    Object.defineProperty(error, 'stack', { value: remote, writable: true, configurable: true });
    return error;
  },
  summarize: (error) => ({ error: error.name, message: error.message }),
};

registerWireHandler(errorHandler);
