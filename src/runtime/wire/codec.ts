// How values cross a worker boundary. Structured clone does most of the work; a registry of
// handlers (Comlink's transfer-handler pattern) carries what it cannot: functions by reference,
// partials, shared-memory objects, errors with their class. The walk also names where an
// unclonable value sits (args[1].callback), which structured clone never says.
import { PicklingError } from '../references';
import { say } from '../messages';
import type { SummarizeChild, ValueSummary } from '../summarize';

export interface WireHandler<T = unknown, S = unknown> {
  name: string;
  canHandle(value: unknown): value is T;
  /** `path` names the value in errors, e.g. "args[1].callback". */
  serialize(value: T, encodeChild: (child: unknown, subpath: string) => unknown, path: string): S;
  deserialize(data: S, decodeChild: (child: unknown) => unknown): T;
  /** What a run's report shows of such a value (summarize.ts); else it is summarized by its fields. */
  summarize?(value: T, summarizeChild: SummarizeChild): ValueSummary;
}

const tag = '§parallel';
type Tagged = { [tag]: string; data: unknown };
const handlers: WireHandler[] = [];

/** Registers a handler; later registrations are tried first, so specific types can win. */
export function registerWireHandler<T, S>(handler: WireHandler<T, S>): void {
  handlers.unshift(handler as unknown as WireHandler);
}

/** The handler for `value`, if one carries its type. */
export function handlerFor(value: object): WireHandler | undefined {
  for (const handler of handlers) if (handler.canHandle(value)) return handler;
  return undefined;
}

export function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

const neverCloneable: [new (...a: never[]) => object, string][] = [
  [WeakMap, 'a WeakMap'],
  [WeakSet, 'a WeakSet'],
  [WeakRef, 'a WeakRef'],
  [Promise, 'a Promise (await it first, then send the value)'],
];

export function unclonable(path: string, what: string): PicklingError {
  return new PicklingError(say('unclonable', { path, what }));
}

/** Encodes `value` for postMessage; `path` names it in errors (e.g. "args[1]"). */
export function encode(value: unknown, path: string): unknown {
  if (typeof value !== 'object' && typeof value !== 'function') {
    if (typeof value === 'symbol') throw unclonable(path, 'a Symbol');
    return value;
  }
  if (value === null) return value;
  const handler = handlerFor(value);
  if (handler) {
    const data = handler.serialize(value, (child, subpath) => encode(child, path + subpath), path);
    return { [tag]: handler.name, data } satisfies Tagged;
  }
  if (Array.isArray(value)) return encodeArray(value, path);
  if (isPlainObject(value)) return encodeObject(value, path);
  for (const [type, what] of neverCloneable) if (value instanceof type) throw unclonable(path, what);
  return value;
}

function encodeArray(array: unknown[], path: string): unknown[] {
  let copy: unknown[] | null = null;
  for (let i = 0; i < array.length; i++) {
    const item = array[i];
    if (typeof item !== 'object' && typeof item !== 'function' && typeof item !== 'symbol') continue;
    const encoded = encode(item, `${path}[${i}]`);
    if (encoded !== item) (copy ??= array.slice())[i] = encoded;
  }
  return copy ?? array;
}

function encodeObject(object: Record<string, unknown>, path: string): Record<string, unknown> {
  let copy: Record<string, unknown> | null = null;
  for (const key of Object.keys(object)) {
    const item = object[key];
    if (typeof item !== 'object' && typeof item !== 'function' && typeof item !== 'symbol') continue;
    const encoded = encode(
      item,
      /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`,
    );
    if (encoded !== item) (copy ??= { ...object })[key] = encoded;
  }
  return copy ?? object;
}

/** Undoes encode() on a received value (in place: the value is this thread's own copy). */
export function decode(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null) value[i] = decode(item);
    }
    return value;
  }
  if (!isPlainObject(value)) return value;
  if (tag in value) {
    const tagged = value as Tagged;
    const handler = handlers.find((h) => h.name === tagged[tag]);
    if (!handler) throw new TypeError(`Unknown value type "${tagged[tag]}" received from another worker.`);
    return handler.deserialize(tagged.data, decode);
  }
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (typeof item === 'object' && item !== null) value[key] = decode(item);
  }
  return value;
}

/**
 * After postMessage refused a value: finds the innermost part that structured clone refuses,
 * and names its path. Only runs on that error path, so it may clone freely.
 */
export function findUnclonable(value: unknown, path: string): { path: string; what: string } | null {
  try {
    structuredClone(value);
    return null;
  } catch {
    const children =
      value instanceof Map
        ? [...value.entries()].map(
            ([k, v], i) =>
              [`${path}.get(${typeof k === 'string' ? JSON.stringify(k) : `#${i}`})`, v] as const,
          )
        : value instanceof Set
          ? [...value].map((v, i) => [`${path}[#${i}]`, v] as const)
          : typeof value === 'object' && value !== null
            ? Object.entries(value).map(
                ([k, v]) => [Array.isArray(value) ? `${path}[${k}]` : `${path}.${k}`, v] as const,
              )
            : [];
    for (const [childPath, child] of children) {
      const found = findUnclonable(child, childPath);
      if (found) return found;
    }
    const name = (value as object | null)?.constructor?.name;
    return { path, what: name ? `a ${name}` : `a ${typeof value}` };
  }
}
