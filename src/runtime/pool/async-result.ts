// multiprocessing.pool.AsyncResult: the handle of a task running in the background. It is also
// awaitable, so `await pool.applyAsync(f, [x])` reads naturally.
import { scaledMs } from '../clock';
import { TimeoutError } from '../errors';
import { say } from '../messages';

export interface ResultCallbacks<T> {
  /** Called once with the result, when the task succeeds. */
  callback?: (value: T) => void;
  /** Called once with the error, when the task fails. */
  errorCallback?: (error: Error) => void;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

function afterSeconds(timeout: number): { promise: Promise<void>; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<void>((resolve) => (timer = setTimeout(resolve, scaledMs(timeout))));
  return { promise, cancel: () => clearTimeout(timer) };
}

export class AsyncResult<T> implements PromiseLike<T> {
  readonly #promise: Promise<T>;
  #outcome: Outcome<T> | null = null;
  #resolve!: (value: T) => void;
  #reject!: (error: unknown) => void;
  readonly #callbacks: ResultCallbacks<T>;

  constructor(callbacks: ResultCallbacks<T> = {}) {
    this.#callbacks = callbacks;
    this.#promise = new Promise<T>((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    // A failure nobody asks for must not surface as an unhandled rejection: Python's
    // AsyncResult keeps it until get() too.
    this.#promise.catch(() => {});
  }

  /** @internal settles once; later calls are ignored (e.g. a second chunk failing). */
  settle(outcome: Outcome<T>): void {
    if (this.#outcome) return;
    this.#outcome = outcome;
    try {
      if (outcome.ok) this.#callbacks.callback?.(outcome.value);
      else this.#callbacks.errorCallback?.(outcome.error as Error);
    } catch (error) {
      console.error('Error in a pool callback:', error);
    }
    if (outcome.ok) this.#resolve(outcome.value);
    else this.#reject(outcome.error);
  }

  /** The result; with a timeout (seconds, scaled like sleep), a TimeoutError then. The task keeps running. */
  async get(timeout?: number): Promise<T> {
    if (timeout === undefined || this.#outcome) return this.#promise;
    const timer = afterSeconds(timeout);
    try {
      return await Promise.race([
        this.#promise,
        timer.promise.then((): never => {
          throw new TimeoutError(say('resultTimeout', { timeout }));
        }),
      ]);
    } finally {
      timer.cancel();
    }
  }

  /** Waits until the result is ready, or at most `timeout` seconds; never throws the task's error. */
  async wait(timeout?: number): Promise<void> {
    const settled = this.#promise.then(
      () => {},
      () => {},
    );
    if (timeout === undefined) return settled;
    const timer = afterSeconds(timeout);
    await Promise.race([settled, timer.promise]);
    timer.cancel();
  }

  ready(): boolean {
    return this.#outcome !== null;
  }

  successful(): boolean {
    if (!this.#outcome) throw new Error(say('successfulTooEarly'));
    return this.#outcome.ok;
  }

  then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#promise.then(onFulfilled, onRejected);
  }
}
