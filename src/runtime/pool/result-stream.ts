// The async iterator behind imap (input order) and imapUnordered (completion order): results
// are yielded as chunks arrive, so the first comes before the last task ends. How many there
// will be is known only when the input runs out (it may be an endless generator).

export interface StreamHooks {
  /** After each result the caller takes: the input may be waiting for the caller to catch up. */
  onYield(): void;
  /** The caller is done with the stream (break, return, or an error thrown to it). */
  onFinish(): void;
}

export class ResultStream<T> implements AsyncIterableIterator<T> {
  readonly #ordered: boolean;
  readonly #hooks: StreamHooks;
  readonly #arrived = new Map<number, T>();
  readonly #completionOrder: T[] = [];
  #total: number | null = null;
  #finished = false;
  #head = 0;
  #next = 0;
  #yielded = 0;
  #error: { at: number; error: unknown } | null = null;
  #wake: (() => void) | null = null;

  constructor(ordered: boolean, hooks: StreamHooks) {
    this.#ordered = ordered;
    this.#hooks = hooks;
  }

  /** How many results the caller has taken so far. */
  get yielded(): number {
    return this.#yielded;
  }

  /** @internal the input ended after `total` tasks. */
  end(total: number): void {
    this.#total = total;
    this.#notify();
  }

  /** @internal */
  deliver(start: number, values: ArrayLike<T>): void {
    if (this.#finished) return;
    for (let i = 0; i < values.length; i++) {
      const value = values[i] as T;
      if (this.#ordered) this.#arrived.set(start + i, value);
      else this.#completionOrder.push(value);
    }
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

  #finish(): void {
    if (this.#finished) return;
    this.#finished = true;
    this.#arrived.clear();
    this.#completionOrder.length = 0;
    this.#hooks.onFinish();
  }

  #take(value: T): IteratorResult<T> {
    this.#yielded += 1;
    this.#hooks.onYield();
    return { done: false, value };
  }

  async next(): Promise<IteratorResult<T>> {
    for (;;) {
      if (this.#finished) return { done: true, value: undefined };
      if (this.#error && this.#error.at <= (this.#ordered ? this.#next : this.#yielded)) {
        this.#finish();
        throw this.#error.error;
      }
      if (this.#yielded === this.#total) {
        this.#finish();
        return { done: true, value: undefined };
      }
      if (this.#ordered && this.#arrived.has(this.#next)) {
        const value = this.#arrived.get(this.#next) as T;
        this.#arrived.delete(this.#next);
        this.#next += 1;
        return this.#take(value);
      }
      if (!this.#ordered && this.#head < this.#completionOrder.length) {
        const value = this.#completionOrder[this.#head] as T;
        this.#head += 1;
        // An endless stream must not keep every result it ever yielded.
        if (this.#head > 1024 && this.#head * 2 > this.#completionOrder.length) {
          this.#completionOrder.splice(0, this.#head);
          this.#head = 0;
        }
        return this.#take(value);
      }
      await new Promise<void>((resolve) => (this.#wake = resolve));
    }
  }

  async return(): Promise<IteratorResult<T>> {
    this.#finish();
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
