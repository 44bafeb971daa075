// Errors cross workers keeping their class (built-ins, the runtime's, and error classes the
// learner's modules export), name, message and own fields; `cause` holds the remote stack, as
// Python chains a RemoteTraceback onto an error re-raised from a pool worker.
import { getContext, hasContext } from './context';
import type { WireHandler } from './wire/codec';
import { registeredClass, registeredName, registerErrorClasses } from './wire/error-classes';
import { findReference, resolveReference, type FunctionRef } from './references';

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

/** A stack frame as V8 writes it ("    at f (url:1:2)"), or SpiderMonkey and JavaScriptCore ("f@url:1:2"). */
const frame = /^\s+at |@(\S*:\d+:\d+|\[native code\])?$/;

/**
 * The error's stack as the learner reads it: "Name: message" first, blob: module URLs as the
 * learner's file names, and no runtime frames. V8 starts a stack with "Name: message";
 * SpiderMonkey and JavaScriptCore list only frames, so without that line a learner in Firefox or
 * Safari read the runtime's minified frames and not the message (measured in WebKitGTK 2.50: the
 * first line of a failed subprocess's stderr was "Pr@…/main-process.worker-….js:9:30983").
 */
export function learnerStack(error: Error): string | undefined {
  if (!error.stack) return error.stack;
  const lines = error.stack.split('\n');
  if (frame.test(lines[0] ?? ''))
    lines.unshift(error.message ? `${error.name}: ${error.message}` : error.name);
  if (!hasContext()) return lines.join('\n');
  const { files } = getContext().run.program;
  const kept = lines.filter(
    (line, i) => i === 0 || !frame.test(line) || Object.keys(files).some((url) => line.includes(url)),
  );
  return kept.join('\n').replace(/(blob:[^\s)]+?)(?=:\d+:\d+)/g, (url) => files[url] ?? url);
}

/** What a learner sees of an error: its learner stack, or its name and message where it has none. */
export function errorText(error: Error): string {
  return learnerStack(error) || `${error.name}: ${error.message}`;
}

registerErrorClasses(TimeoutError, WorkerLostError, MaybeEncodingError, RemoteTraceback);

interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  ctor: { builtin: string } | { ref: FunctionRef } | null;
  fields: Record<string, unknown>;
}

function constructorOf(error: Error): SerializedError['ctor'] {
  const ctor = error.constructor;
  const builtin = registeredName(ctor);
  if (builtin) return { builtin };
  const ref = findReference(ctor);
  return ref ? { ref } : null;
}

function revive(ctor: SerializedError['ctor']): { prototype: Error } {
  if (!ctor) return Error;
  if ('builtin' in ctor) return registeredClass(ctor.builtin) ?? Error;
  try {
    const found = resolveReference(ctor.ref);
    return typeof found === 'function' ? (found as { prototype: Error }) : Error;
  } catch {
    return Error;
  }
}

export const errorHandler: WireHandler<Error, SerializedError> = {
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
      stack: learnerStack(error),
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
