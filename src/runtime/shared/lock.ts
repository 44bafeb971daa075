// multiprocessing.Lock over one shared Int32: 0 free, 1 held. Workers sleep in Atomics.wait
// while it is held; the page thread, which must not block, spins (its critical sections are tiny).
import { registerWireHandler } from '../wire/codec';
import { scaledMs } from '../clock';
import { canBlock, requireSharedMemory } from './require-shared-memory';
import { say } from '../messages';

export class Lock {
  readonly #cell: Int32Array;

  constructor(cell?: Int32Array) {
    if (!cell) requireSharedMemory('Lock');
    this.#cell = cell ?? new Int32Array(new SharedArrayBuffer(4));
  }

  /** Waits for the lock; with a timeout (seconds, scaled like sleep), gives up then and returns false. */
  acquire(timeout?: number): boolean {
    const deadline = timeout === undefined || timeout < 0 ? Infinity : performance.now() + scaledMs(timeout);
    while (Atomics.compareExchange(this.#cell, 0, 0, 1) !== 0) {
      const remaining = deadline - performance.now();
      if (remaining <= 0) return false;
      if (canBlock) Atomics.wait(this.#cell, 0, 1, remaining === Infinity ? undefined : remaining);
    }
    return true;
  }

  release(): void {
    if (Atomics.compareExchange(this.#cell, 0, 1, 0) !== 1) {
      throw new Error(say('lockNotHeld'));
    }
    Atomics.notify(this.#cell, 0, 1);
  }

  /** Whether some process holds the lock now (a snapshot, for display). */
  locked(): boolean {
    return Atomics.load(this.#cell, 0) === 1;
  }

  /** `lock.acquire(); using _ = lock;` releases at the end of the block, like Python's `with lock:`. */
  [Symbol.dispose](): void {
    this.release();
  }

  /** @internal the shared cell, for sending the lock to another worker. */
  get cell(): Int32Array {
    return this.#cell;
  }
}

registerWireHandler<Lock, Int32Array>({
  name: 'Lock',
  canHandle: (value): value is Lock => value instanceof Lock,
  serialize: (lock) => lock.cell,
  deserialize: (cell) => new Lock(cell),
  summarize: () => ({ lock: true }),
});
