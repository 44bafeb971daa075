// Python's array typecodes (as multiprocessing.Array and Value take them) → typed arrays.
import { say } from '../messages';
export const typecodes = {
  b: Int8Array,
  B: Uint8Array,
  h: Int16Array,
  H: Uint16Array,
  i: Int32Array,
  I: Uint32Array,
  f: Float32Array,
  d: Float64Array,
  q: BigInt64Array,
  Q: BigUint64Array,
} as const;

export type Typecode = keyof typeof typecodes;
export type TypedArray = InstanceType<(typeof typecodes)[Typecode]>;

export function typedArrayFor(typecode: unknown): (typeof typecodes)[Typecode] {
  if (typeof typecode !== 'string' || !(typecode in typecodes)) {
    throw new TypeError(
      say('unknownTypecode', {
        typecode: JSON.stringify(typecode),
        known: Object.keys(typecodes)
          .map((c) => `'${c}'`)
          .join(', '),
      }),
    );
  }
  return typecodes[typecode as Typecode];
}

/** A typed array of `typecode` elements over shared memory. */
export function sharedView(typecode: Typecode, buffer: SharedArrayBuffer): TypedArray {
  const Typed = typedArrayFor(typecode) as unknown as new (buffer: SharedArrayBuffer) => TypedArray;
  return new Typed(buffer);
}

/** Reads element i as a number, whatever the element type (q/Q hold bigints). */
export function readNumber(view: TypedArray, i: number): number {
  return Number(view[i]);
}

export function writeNumber(view: TypedArray, i: number, value: number | bigint): void {
  if (view instanceof BigInt64Array || view instanceof BigUint64Array) view[i] = BigInt(value);
  else (view as Float64Array)[i] = Number(value);
}
