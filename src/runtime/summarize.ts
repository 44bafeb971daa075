// What a run's report keeps of a value that travelled to or from a worker (docs/testing.md): a small,
// JSON-safe summary that lesson checks read. Plain data is itself; what JSON cannot hold is a
// tagged object, one tag per kind of value (the tags are listed on ValueSummary). Types that
// cross workers through a wire handler (codec.ts) summarize themselves there: a SharedArray says
// `{ shared: 'd', length }`, a function `{ function: name }`.
import { handlerFor, isPlainObject } from './wire/codec';

/**
 * A JSON-safe summary of a value (the RunReport's `Value`). Plain data is itself: numbers,
 * strings, booleans, null, arrays and plain objects. Anything else is a tagged object, recognised
 * by its exact set of keys:
 *
 *   { undefined: true }                      undefined
 *   { number: 'NaN' | 'Infinity' | '-Infinity' }   and { bigint: '123' }, { symbol: 'description' }
 *   { function: 'square' }                   a function, by its name (it travels by reference)
 *   { partial: 'f', args: Value[], keywords: { name: Value } }   partial(f, …): `args` as bound,
 *                                            `_` as { placeholder: true }; a trailing plain
 *                                            object bound last (partial(f, _, { scale: 2 })) is
 *                                            its keywords, as Python's partial(f, scale=2)
 *   { shared: typecode, length }             a SharedArray (a Value: length 1)
 *   { lock: true } / { queue: true }         a shared Lock / Queue
 *   { typed: 'Float64Array', length, values: number[] }   a typed array ('Uint8Array' for an
 *                                            ArrayBuffer)
 *   { error: name, message }                 an Error
 *   { object: 'ClassName', fields: {…} }     an instance of a class (its own fields), and a plain
 *                                            object whose keys would read as one of these tags
 *   { circular: true }                       a reference back to an object being summarized
 *   { more: n }                              the last element of an array (or of `values`) that
 *                                            was cut: n more elements were not recorded; a cut
 *                                            object's last key is '…' with { more: n }
 *
 * A summary is cut past 1 000 elements, and once it has reached about 10 KB; a string keeps its
 * first 10 000 characters (fewer once the summary is that large), then "…".
 *
 * Python runs (docs/python-mode.md) use the same shapes: a tuple or list is an array, a dict a plain object,
 * a multiprocessing.Array or Value `shared`, a numpy array `typed` ('float64', 'uint8'…), an
 * exception `error`, a functools.partial `partial` with its own keywords.
 */
export type ValueSummary =
  null | boolean | number | string | ValueSummary[] | { [key: string]: ValueSummary };

export const maxElements = 1000;
export const maxBytes = 10_000;

/** The key sets that mark a tag: a plain object with one of them is wrapped as { object, fields }. */
const tagKeys = new Map(
  [
    ['undefined'],
    ['number'],
    ['bigint'],
    ['symbol'],
    ['function'],
    ['partial', 'args', 'keywords'],
    ['placeholder'],
    ['shared', 'length'],
    ['lock'],
    ['queue'],
    ['typed', 'length', 'values'],
    ['error', 'message'],
    ['object', 'fields'],
    ['circular'],
    ['more'],
  ].map((keys) => [keys[0] as string, keys]),
);

function looksTagged(keys: string[]): boolean {
  const tag = tagKeys.get(keys[0] as string);
  return tag !== undefined && tag.length === keys.length && tag.every((key) => keys.includes(key));
}

/** A number as a summary: JSON has no NaN or Infinity. */
export function numberSummary(n: number): ValueSummary {
  return Number.isFinite(n) ? n : { number: String(n) };
}

/** What a wire handler's summarize() gets: summarizes a part of its value within the same budget. */
export type SummarizeChild = (child: unknown) => ValueSummary;

/** One summary's walk: the bytes it may still use, and the objects it is inside of. */
class Walk {
  budget = maxBytes;
  /** The objects being summarized, outermost first: a few deep, so a list beats a Set. */
  readonly #inside: object[] = [];
  readonly child: SummarizeChild = (child) => this.value(child);

  value(value: unknown): ValueSummary {
    switch (typeof value) {
      case 'number':
        this.budget -= 8;
        return numberSummary(value);
      case 'string':
        return this.string(value);
      case 'boolean':
        this.budget -= 5;
        return value;
      case 'undefined':
        this.budget -= 18;
        return { undefined: true };
      case 'bigint':
        this.budget -= 12;
        return { bigint: String(value) };
      case 'symbol':
        this.budget -= 12;
        return { symbol: value.description ?? '' };
    }
    if (value === null) {
      this.budget -= 5;
      return null;
    }
    const object = value as object;
    if (this.#inside.includes(object)) return { circular: true };
    this.#inside.push(object);
    try {
      return this.object(object);
    } finally {
      this.#inside.pop();
    }
  }

  string(text: string): string {
    const keep = Math.max(0, Math.min(maxBytes, this.budget));
    this.budget -= Math.min(text.length, keep) + 3;
    return text.length > keep ? `${text.slice(0, keep)}…` : text;
  }

  object(object: object): ValueSummary {
    this.budget -= 2;
    const handler = handlerFor(object);
    if (handler?.summarize) return handler.summarize(object, this.child);
    if (Array.isArray(object)) return this.list(object.length, (i) => this.value(object[i]));
    if (ArrayBuffer.isView(object) || object instanceof ArrayBuffer || isSharedBuffer(object)) {
      return this.typed(object);
    }
    if (isPlainObject(object)) {
      const fields = this.fields(object);
      return looksTagged(Object.keys(fields)) ? { object: 'Object', fields } : fields;
    }
    if (object instanceof Map) {
      const entries = [...object];
      return {
        object: 'Map',
        fields: { size: object.size, entries: this.list(entries.length, (i) => this.value(entries[i])) },
      };
    }
    if (object instanceof Set) {
      const values = [...object];
      return {
        object: 'Set',
        fields: { size: object.size, values: this.list(values.length, (i) => this.value(values[i])) },
      };
    }
    if (object instanceof Date) {
      return {
        object: 'Date',
        fields: { iso: Number.isNaN(object.getTime()) ? 'Invalid Date' : object.toISOString() },
      };
    }
    if (object instanceof RegExp)
      return { object: 'RegExp', fields: { source: object.source, flags: object.flags } };
    return {
      object: (object.constructor as { name?: string } | undefined)?.name || 'Object',
      fields: this.fields(object),
    };
  }

  /** The first elements, until 1 000 or the budget runs out; then { more: n }. */
  list(length: number, at: (i: number) => ValueSummary): ValueSummary[] {
    const out: ValueSummary[] = [];
    for (let i = 0; i < length; i++) {
      if (i === maxElements || this.budget <= 0) {
        out.push({ more: length - i });
        break;
      }
      out.push(at(i));
    }
    return out;
  }

  fields(object: object): { [key: string]: ValueSummary } {
    const keys = Object.keys(object);
    const out: { [key: string]: ValueSummary } = {};
    for (let i = 0; i < keys.length; i++) {
      if (i === maxElements || this.budget <= 0) {
        out['…'] = { more: keys.length - i };
        break;
      }
      const key = keys[i] as string;
      this.budget -= key.length + 4;
      out[key] = this.value((object as Record<string, unknown>)[key]);
    }
    return out;
  }

  /** A typed array by its elements; a buffer or DataView by its bytes. */
  typed(object: ArrayBufferView | ArrayBufferLike): ValueSummary {
    const typed = ArrayBuffer.isView(object) && !(object instanceof DataView);
    const view: ArrayLike<number | bigint> = typed
      ? (object as unknown as ArrayLike<number | bigint>)
      : ArrayBuffer.isView(object)
        ? new Uint8Array(object.buffer, object.byteOffset, object.byteLength)
        : new Uint8Array(object);
    const values = this.list(view.length, (i) => {
      this.budget -= 8;
      return numberSummary(Number(view[i]));
    });
    return { typed: typed ? object.constructor.name : 'Uint8Array', length: view.length, values };
  }
}

function isSharedBuffer(object: object): object is SharedArrayBuffer {
  return typeof SharedArrayBuffer === 'function' && object instanceof SharedArrayBuffer;
}

/**
 * Whether `value` is its own summary: a finite number, a string short enough to keep whole, a
 * boolean or null. Most task arguments and results are, and skip the walk.
 */
function isOwnSummary(value: unknown): boolean {
  return (
    (typeof value === 'number' && Number.isFinite(value)) ||
    (typeof value === 'string' && value.length <= maxBytes) ||
    typeof value === 'boolean' ||
    value === null
  );
}

/** The summary of `value`: itself when it is plain and small, else as ValueSummary describes. */
export function summarize(value: unknown): ValueSummary {
  return isOwnSummary(value) ? (value as ValueSummary) : new Walk().value(value);
}
