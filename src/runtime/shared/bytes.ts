// Values as bytes, for a Queue's shared ring buffer. Structured clone has no byte form in
// browsers, so this is JSON with tags for what JSON lacks (undefined, NaN, ±Infinity, -0,
// bigint, Date, Map, Set, typed arrays, errors).
const typedArrays = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
} as const;
type TypedName = keyof typeof typedArrays;

const tag = '§t';

function toJson(value: unknown): unknown {
  switch (typeof value) {
    case 'undefined':
      return { [tag]: 'undefined' };
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0) ? value : { [tag]: 'number', v: String(value) };
    case 'bigint':
      return { [tag]: 'bigint', v: value.toString() };
    case 'function':
    case 'symbol':
      throw new TypeError(`A ${typeof value} can't be put in a Queue: put plain data.`);
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) return value.map(toJson);
      if (value instanceof Date) return { [tag]: 'Date', v: value.getTime() };
      if (value instanceof Map)
        return { [tag]: 'Map', v: [...value].map(([k, v]) => [toJson(k), toJson(v)]) };
      if (value instanceof Set) return { [tag]: 'Set', v: [...value].map(toJson) };
      if (value instanceof Error)
        return { [tag]: 'Error', name: value.name, message: value.message, stack: value.stack };
      if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
        return {
          [tag]: value.constructor.name,
          v: Array.from(value as unknown as ArrayLike<number | bigint>, toJson),
        };
      }
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
    }
    default:
      return value;
  }
}

function fromJson(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(fromJson);
  const record = value as Record<string, unknown>;
  const kind = record[tag];
  if (typeof kind !== 'string')
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fromJson(v)]));
  const v = record.v;
  switch (kind) {
    case 'undefined':
      return undefined;
    case 'number':
      return Number(v);
    case 'bigint':
      return BigInt(v as string);
    case 'Date':
      return new Date(v as number);
    case 'Map':
      return new Map((v as [unknown, unknown][]).map(([k, x]) => [fromJson(k), fromJson(x)]));
    case 'Set':
      return new Set((v as unknown[]).map(fromJson));
    case 'Error':
      return Object.assign(new Error(record.message as string), { name: record.name, stack: record.stack });
    default: {
      const Typed = typedArrays[kind as TypedName] as unknown as { from(a: unknown[]): unknown } | undefined;
      if (!Typed) throw new TypeError(`Unknown value kind "${kind}" in a Queue.`);
      return Typed.from((v as unknown[]).map(fromJson));
    }
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function toBytes(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(toJson(value)));
}

export function fromBytes(bytes: Uint8Array): unknown {
  return fromJson(JSON.parse(decoder.decode(bytes)));
}
