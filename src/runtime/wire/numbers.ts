// Arrays of plain numbers (the common case: map over a range) cross workers as Float64Arrays:
// structured clone copies a typed array as one block instead of number by number, which is
// most of what a chunk of 10 000 tiny tasks costs. A Float64Array keeps every number exactly
// (-0, NaN and ±Infinity too).

/** items[start..end) as a Float64Array, or null when some item there is not a number. */
export function packNumbers(items: readonly unknown[], start = 0, end = items.length): Float64Array | null {
  if (end - start < 16) return null; // not worth it for a few items
  const packed = new Float64Array(end - start);
  for (let i = start; i < end; i++) {
    const item = items[i];
    if (typeof item !== 'number') return null;
    packed[i - start] = item;
  }
  return packed;
}
