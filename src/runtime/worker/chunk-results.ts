// A chunk's results as its tasks return them. Numbers (most tiny tasks return one) go straight
// into the Float64Array the reply sends, instead of into a list that is then scanned and packed.
import { minPacked } from '../wire/numbers';

export class ChunkResults {
  #numbers: Float64Array | null;
  #values: unknown[] | null;

  constructor(count: number) {
    // Fewer numbers than minPacked travel as a list anyway (wire/numbers.ts).
    this.#numbers = count >= minPacked ? new Float64Array(count) : null;
    this.#values = this.#numbers ? null : new Array<unknown>(count);
  }

  /** Task i returned `value`. */
  set(i: number, value: unknown): void {
    if (this.#numbers !== null) {
      if (typeof value === 'number') {
        this.#numbers[i] = value;
        return;
      }
      // The first value that is not a number: the chunk's results become a list.
      this.#values = Array.from(this.#numbers);
      this.#numbers = null;
    }
    (this.#values as unknown[])[i] = value;
  }

  /** Every result: packed when all are numbers, else a list. */
  get all(): Float64Array | unknown[] {
    return this.#numbers ?? (this.#values as unknown[]);
  }

  /** The first `count` results, as a list (those before a task that failed). */
  first(count: number): unknown[] {
    return this.#numbers
      ? Array.from(this.#numbers.subarray(0, count))
      : (this.#values as unknown[]).slice(0, count);
  }
}
