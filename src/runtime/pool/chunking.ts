import { say } from '../messages';

/** Python's default chunksize for map/starmap: about four chunks per worker. */
export function defaultChunksize(tasks: number, processes: number): number {
  return Math.ceil(tasks / (processes * 4));
}

export function checkChunksize(chunksize: number): number {
  if (!Number.isInteger(chunksize) || chunksize < 1) {
    throw new RangeError(say('chunksize', { got: String(chunksize) }));
  }
  return chunksize;
}
