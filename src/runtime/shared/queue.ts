// multiprocessing.Queue over shared memory: a ring buffer of length-prefixed messages that any
// worker can put to and get from, with no owner process to route through. Waiting for data or
// space uses Atomics.waitAsync, so a waiting get() never blocks its worker's other work.
import type { WireHandler } from '../wire/codec';
import { scaledMs } from '../clock';
import { TimeoutError } from '../errors';
import { requireSharedMemory } from './require-shared-memory';
import { fromBytes, toBytes } from './bytes';
import { say } from '../messages';

// Header cells (Int32): a spin lock for the few instructions of a put/get, the read and write
// offsets, the item count, the bytes in use, and a version that changes on every put/get
// (what waiters wait on).
const LOCK = 0;
const HEAD = 1;
const TAIL = 2;
const COUNT = 3;
const USED = 4;
const VERSION = 5;
const headerCells = 6;
const prefixBytes = 4;

interface QueueState {
  header: Int32Array;
  ring: Uint8Array;
}

export class Queue<T = unknown> {
  private readonly header: Int32Array;
  private readonly ring: Uint8Array;

  /** `bytes`: room for queued items (serialized as JSON); put() waits while the queue is full. */
  constructor(o: { bytes?: number } = {}) {
    requireSharedMemory('Queue');
    const bytes = o.bytes ?? 1 << 20;
    if (!Number.isInteger(bytes) || bytes < 64)
      throw new RangeError(say('queueBytes', { got: String(bytes) }));
    this.header = new Int32Array(new SharedArrayBuffer(headerCells * 4));
    this.ring = new Uint8Array(new SharedArrayBuffer(bytes));
  }

  /** @internal */
  static fromState(state: QueueState): Queue {
    return Object.assign(Object.create(Queue.prototype) as Queue, state);
  }

  /** @internal */
  get state(): QueueState {
    return { header: this.header, ring: this.ring };
  }

  qsize(): number {
    return Atomics.load(this.header, COUNT);
  }

  empty(): boolean {
    return this.qsize() === 0;
  }

  async put(value: T): Promise<void> {
    const bytes = toBytes(value);
    const needed = bytes.length + prefixBytes;
    if (needed > this.ring.length) {
      throw new RangeError(say('queueItemTooBig', { needed, bytes: this.ring.length }));
    }
    for (;;) {
      const version = Atomics.load(this.header, VERSION);
      if (this.locked(() => this.tryWrite(bytes))) return;
      await Atomics.waitAsync(this.header, VERSION, version).value;
    }
  }

  /** The next item, waiting for one; with a timeout (seconds, scaled like sleep), a TimeoutError then. */
  async get(timeout?: number): Promise<T> {
    const deadline = timeout === undefined ? Infinity : performance.now() + scaledMs(timeout);
    for (;;) {
      const version = Atomics.load(this.header, VERSION);
      const item = this.locked(() => this.tryRead());
      if (item) return fromBytes(item) as T;
      const remaining = deadline - performance.now();
      if (remaining <= 0) throw new TimeoutError(say('queueGetTimeout', { timeout: timeout ?? 0 }));
      await Atomics.waitAsync(this.header, VERSION, version, remaining === Infinity ? undefined : remaining)
        .value;
    }
  }

  private locked<R>(critical: () => R): R {
    while (Atomics.compareExchange(this.header, LOCK, 0, 1) !== 0) {
      // spin: the section below is a few copies long
    }
    try {
      return critical();
    } finally {
      Atomics.store(this.header, LOCK, 0);
    }
  }

  private bump(): void {
    Atomics.add(this.header, VERSION, 1);
    Atomics.notify(this.header, VERSION);
  }

  private tryWrite(bytes: Uint8Array): boolean {
    const h = this.header;
    const needed = bytes.length + prefixBytes;
    if (this.ring.length - (h[USED] ?? 0) < needed) return false;
    let tail = h[TAIL] ?? 0;
    const prefix = new Uint8Array(new Uint32Array([bytes.length]).buffer);
    tail = this.copyIn(prefix, tail);
    h[TAIL] = this.copyIn(bytes, tail);
    h[USED] = (h[USED] ?? 0) + needed;
    h[COUNT] = (h[COUNT] ?? 0) + 1;
    this.bump();
    return true;
  }

  private tryRead(): Uint8Array | null {
    const h = this.header;
    if ((h[COUNT] ?? 0) === 0) return null;
    const prefix = new Uint8Array(prefixBytes);
    let head = this.copyOut(prefix, h[HEAD] ?? 0);
    const item = new Uint8Array(new Uint32Array(prefix.buffer)[0] ?? 0);
    head = this.copyOut(item, head);
    h[HEAD] = head;
    h[USED] = (h[USED] ?? 0) - item.length - prefixBytes;
    h[COUNT] = (h[COUNT] ?? 0) - 1;
    this.bump();
    return item;
  }

  private copyIn(bytes: Uint8Array, at: number): number {
    const first = Math.min(bytes.length, this.ring.length - at);
    this.ring.set(bytes.subarray(0, first), at);
    this.ring.set(bytes.subarray(first), 0);
    return (at + bytes.length) % this.ring.length;
  }

  private copyOut(into: Uint8Array, at: number): number {
    const first = Math.min(into.length, this.ring.length - at);
    into.set(this.ring.subarray(at, at + first));
    into.set(this.ring.subarray(0, into.length - first), first);
    return (at + into.length) % this.ring.length;
  }
}

export const queueHandler: WireHandler<Queue, QueueState> = {
  name: 'Queue',
  canHandle: (value): value is Queue => value instanceof Queue,
  serialize: (queue) => queue.state,
  deserialize: (state) => Queue.fromState(state),
  summarize: () => ({ queue: true }),
};
