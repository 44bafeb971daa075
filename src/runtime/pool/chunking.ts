/** Python's default chunksize for map/starmap: about four chunks per worker. */
export function defaultChunksize(tasks: number, processes: number): number {
  return Math.ceil(tasks / (processes * 4));
}

export function checkChunksize(chunksize: number): number {
  if (!Number.isInteger(chunksize) || chunksize < 1) {
    throw new RangeError(`chunksize must be a whole number ≥ 1, got ${String(chunksize)}.`);
  }
  return chunksize;
}
