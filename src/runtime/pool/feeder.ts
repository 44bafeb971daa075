// imap's input, read as the workers need it: an endless generator, or one that yields a huge
// file line by line, must stream instead of being read into memory first. Python's imap has no
// such bound (its task thread reads as far as the pipe to the workers takes).
import { encodeItem, type Chunk, type Job } from './job';
import type { ResultStream } from './result-stream';

export class Feeder {
  readonly #iterator: Iterator<unknown>;
  readonly #maxAhead: number;
  #pulled = 0;
  #pulling = false;
  #active = true;
  /** take() stopped because the caller had not taken enough results yet. */
  stalled = false;

  constructor(
    readonly job: Job,
    readonly stream: ResultStream<unknown>,
    iterable: Iterable<unknown>,
    readonly chunksize: number,
    /** At most this many tasks read but not yet yielded to the caller. */
    maxAhead: number,
  ) {
    this.#iterator = iterable[Symbol.iterator]();
    this.#maxAhead = maxAhead;
  }

  /** Tasks read so far. */
  get pulled(): number {
    return this.#pulled;
  }

  /** Still reading: the input has not ended, failed or been dropped. */
  get active(): boolean {
    return this.#active;
  }

  /** Reads up to `max` more chunks; the stream learns its length when the input ends, or its error. */
  take(max: number): Chunk[] {
    // The generator itself may submit work to the pool, which comes back here while it runs.
    if (!this.#active || this.#pulling) return [];
    this.#pulling = true;
    const chunks: Chunk[] = [];
    try {
      while (chunks.length < max) {
        if (this.#pulled - this.stream.yielded >= this.#maxAhead) {
          this.stalled = true;
          break;
        }
        const items: unknown[] = [];
        // The items as read, for the run's records: a list of their own only once one is encoded.
        let given: unknown[] | null = null;
        let ended = false;
        while (items.length < this.chunksize) {
          const step = this.#iterator.next();
          if (step.done) {
            ended = true;
            break;
          }
          const sent = encodeItem(step.value, this.#pulled + items.length);
          if (given) given.push(step.value);
          else if (sent !== step.value) given = [...items, step.value];
          items.push(sent);
        }
        if (items.length) chunks.push(this.job.chunk(this.#pulled, items, given ?? items));
        this.#pulled += items.length;
        this.stalled = false;
        if (ended) {
          this.#active = false;
          this.stream.end(this.#pulled);
          break;
        }
      }
    } catch (error) {
      // The input (or an item that can't be sent) failed: the tasks before it still run, then
      // the caller gets this very error, as Python's imap raises it.
      this.#active = false;
      this.stream.fail(this.#pulled, error);
    } finally {
      this.#pulling = false;
    }
    return chunks;
  }

  /** The caller stopped (break) or the pool ended: read no more, and let a generator clean up. */
  stop(): void {
    this.job.cancel();
    if (!this.#active) return;
    this.#active = false;
    try {
      this.#iterator.return?.();
    } catch {
      // A generator whose cleanup throws: the caller has already moved on, nobody to tell.
    }
  }
}
