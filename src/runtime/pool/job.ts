import { encode } from '../wire/codec';
import { packNumbers } from '../wire/numbers';
import { claimRecords, recordArgs, type TaskRecords } from '../records';
import type { ValueSummary } from '../summarize';

// One call on the pool (a map, an apply, an imap…): its tasks, cut into chunks, and where
// their results go.
export interface JobSink {
  /** A chunk's results, starting at task `start`. */
  chunk(start: number, values: ArrayLike<unknown>): void;
  /** The chunk starting at task `at` failed. */
  fail(at: number, error: unknown): void;
  /** Every chunk has reported. */
  done(): void;
}

const isPrimitive = (value: unknown): boolean =>
  value === null || (typeof value !== 'object' && typeof value !== 'function' && typeof value !== 'symbol');

/** Task i's argument, ready for postMessage. Most tasks get numbers or strings: those skip the walk (and its path string). */
export function encodeItem(item: unknown, i: number): unknown {
  return isPrimitive(item) ? item : encode(item, `iterable[${i}]`);
}

export interface Chunk {
  job: Job;
  start: number;
  /**
   * Encoded task arguments (packed into a Float64Array when they are all numbers: a subarray of
   * the whole map's, packed once).
   */
  items: unknown[] | Float64Array;
  /** How many of its first tasks the run records (records.ts), and their arguments. */
  record?: { count: number; args: TaskRecords['args'] };
}

export class Job {
  #pendingChunks = 0;
  #failed = false;
  #cancelled = false;

  constructor(
    /** The encoded function. */
    readonly fn: unknown,
    /** Its number, when a worker may keep it (see TaskChannel); null for a partial. */
    readonly fnId: number | null,
    /** Its name, for the timeline and error messages. */
    readonly name: string,
    /** starmap/apply: each item is an argument list. */
    readonly star: boolean,
    private readonly sink: JobSink,
    /** map-like jobs fail as a whole, so their queued chunks need not run; streams go on. */
    private readonly failsWhole: boolean,
    /** How error messages name task i's arguments: "iterable[3]", or "args" for apply. */
    readonly pathOf: (task: number) => string,
    /** A partial's bound arguments, for the records (TaskRecords.bound). */
    readonly bound?: ValueSummary[],
  ) {}

  /** Whether the chunks still queued are worth running. */
  get wanted(): boolean {
    return !this.#cancelled && !(this.failsWhole && this.#failed);
  }

  /** Nobody wants the results any more (an imap the caller left): queued chunks are dropped. */
  cancel(): void {
    this.#cancelled = true;
  }

  /**
   * Cuts the encoded items (or all of them packed, when all are numbers) into chunks of
   * `chunksize` tasks; `given`: the items before encoding.
   */
  chunks(items: unknown[] | Float64Array, chunksize: number, given: readonly unknown[]): Chunk[] {
    const chunks: Chunk[] = [];
    for (let start = 0; start < items.length; start += chunksize) {
      const end = Math.min(start + chunksize, items.length);
      const part =
        items instanceof Float64Array
          ? items.subarray(start, end)
          : ((this.star ? null : packNumbers(items, start, end)) ?? items.slice(start, end));
      chunks.push(this.#record({ job: this, start, items: part }, given, start));
    }
    this.#pendingChunks = chunks.length;
    return chunks;
  }

  /** One more chunk of a job whose input is read as it goes (imap): tasks from `start` on. */
  chunk(start: number, items: unknown[], given: readonly unknown[]): Chunk {
    this.#pendingChunks += 1;
    return this.#record(
      { job: this, start, items: (this.star ? null : packNumbers(items)) ?? items },
      given,
      0,
    );
  }

  /** Records the arguments of the chunk's first tasks, if the run still records (given[from] is its first). */
  #record(chunk: Chunk, given: readonly unknown[], from: number): Chunk {
    const count = claimRecords(chunk.items.length);
    if (count > 0) {
      const packed = chunk.items instanceof Float64Array ? chunk.items : null;
      chunk.record = { count, args: recordArgs(given, from, from + count, this.star, packed) };
    }
    return chunk;
  }

  deliver(chunk: Chunk, values: ArrayLike<unknown>): void {
    this.sink.chunk(chunk.start, values);
    this.#report();
  }

  fail(chunk: Chunk, error: unknown): void {
    this.#failed = true;
    this.sink.fail(chunk.start, error);
    this.#report();
  }

  #report(): void {
    this.#pendingChunks -= 1;
    if (this.#pendingChunks === 0) this.sink.done();
  }
}
