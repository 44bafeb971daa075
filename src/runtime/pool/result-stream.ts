// The async iterator behind imap (input order) and imapUnordered (completion order): results
// are yielded as chunks arrive, so the first comes before the last task ends.

export class ResultStream<T> implements AsyncIterableIterator<T> {
  readonly #ordered: boolean;
  readonly #total: number;
  readonly #arrived = new Map<number, T>();
  readonly #completionOrder: T[] = [];
  #head = 0;
  #next = 0;
  #yielded = 0;
  #error: { at: number; error: unknown } | null = null;
  #wake: (() => void) | null = null;

  constructor(total: number, ordered: boolean) {
    this.#total = total;
    this.#ordered = ordered;
  }

  /** @internal */
  deliver(start: number, values: T[]): void {
    values.forEach((value, i) =>
      this.#ordered ? this.#arrived.set(start + i, value) : this.#completionOrder.push(value),
    );
    this.#notify();
  }

  /** @internal an ordered stream throws when it reaches `at`; an unordered one at once. */
  fail(at: number, error: unknown): void {
    if (!this.#error || at < this.#error.at) this.#error = { at: this.#ordered ? at : this.#yielded, error };
    this.#notify();
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = null;
    wake?.();
  }

  async next(): Promise<IteratorResult<T>> {
    for (;;) {
      if (this.#yielded === this.#total) return { done: true, value: undefined };
      if (this.#error && this.#error.at <= (this.#ordered ? this.#next : this.#yielded)) {
        const { error } = this.#error;
        this.#yielded = this.#total;
        throw error;
      }
      if (this.#ordered && this.#arrived.has(this.#next)) {
        const value = this.#arrived.get(this.#next) as T;
        this.#arrived.delete(this.#next);
        this.#next += 1;
        this.#yielded += 1;
        return { done: false, value };
      }
      if (!this.#ordered && this.#head < this.#completionOrder.length) {
        const value = this.#completionOrder[this.#head] as T;
        this.#head += 1;
        this.#yielded += 1;
        return { done: false, value };
      }
      await new Promise<void>((resolve) => (this.#wake = resolve));
    }
  }

  async return(): Promise<IteratorResult<T>> {
    this.#yielded = this.#total;
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
