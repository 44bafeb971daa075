// Arrays of plain numbers (the common case: map over a range) cross workers as Float64Arrays:
// structured clone copies a typed array as one block instead of number by number, which is
// most of what a chunk of 10 000 tiny tasks costs. A Float64Array keeps every number exactly
// (-0, NaN and ±Infinity too).

/** Fewer numbers than this go as they are: packing them is not worth it. */
export const minPacked = 16;

/** items[start..end) as a Float64Array, or null when some item there is not a number. */
export function packNumbers(items: readonly unknown[], start = 0, end = items.length): Float64Array | null {
  if (end - start < minPacked) return null;
  const packed = new Float64Array(end - start);
  for (let i = start; i < end; i++) {
    const item = items[i];
    if (typeof item !== 'number') return null;
    packed[i - start] = item;
  }
  return packed;
}

/**
 * A whole map's items as one Float64Array (its chunks are subarrays), or null when some item is
 * not a number. With `shared` (an isolated page) it lives in a SharedArrayBuffer, so a chunk
 * crosses to its worker as a subarray that nobody copies; in `spare` when that is big enough
 * (shared memory no worker reads any more: see Pool's #spare).
 */
export function packAllNumbers(
  items: readonly unknown[],
  shared: boolean,
  spare: SharedArrayBuffer | null = null,
): Float64Array | null {
  if (items.length < minPacked) return null;
  // Checked before the allocation: a large shared buffer costs more than the scan.
  for (let i = 0; i < items.length; i++) if (typeof items[i] !== 'number') return null;
  const bytes = items.length * Float64Array.BYTES_PER_ELEMENT;
  const packed =
    shared && spare && spare.byteLength >= bytes
      ? new Float64Array(spare, 0, items.length)
      : new Float64Array(shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  for (let i = 0; i < items.length; i++) packed[i] = items[i] as number;
  return packed;
}

/** Whether `packed` lives in shared memory. */
export function isShared(packed: Float64Array): boolean {
  return typeof SharedArrayBuffer === 'function' && packed.buffer instanceof SharedArrayBuffer;
}

/** Whether `packed` is a view of memory it does not own alone (shared, or part of a larger buffer). */
export function isView(packed: Float64Array): boolean {
  return isShared(packed) || packed.byteLength !== packed.buffer.byteLength;
}
