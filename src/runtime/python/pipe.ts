// A pipe between Python processes over one SharedArrayBuffer: length-prefixed messages in a
// byte ring, any number of writers and readers, each side serialized by its own lock (as
// CPython's Queue guards its pipe with a read lock and a write lock). A Python process is
// synchronous, so its waits block the worker (Atomics.wait): a worker blocked in a wait cannot
// receive postMessage'd data, which is why processes talk through shared memory at all.
//
// A message may be larger than the ring: the writer streams it in pieces while the reader
// takes them (an 8 MB numpy array through a 1 MB pipe), as bytes flow through an OS pipe.
// The runtime's TypeScript Queue (src/runtime/shared/queue.ts) waits with Atomics.waitAsync and
// needs each item to fit; Python's blocking, streaming semantics are why this is a second ring.

const WRITE_LOCK = 0;
const READ_LOCK = 1;
/** Bytes ever written (wrapping at 2^32, so the capacity is a power of two). */
const HEAD = 2;
/** Bytes ever read. */
const TAIL = 3;
/** Messages written whole and not yet begun by a reader: qsize(). */
const COUNT = 4;
const headerBytes = 32;
const prefixBytes = 4;

export class PipeTimeout extends Error {
  override name = 'PipeTimeout';
}

const forever = Infinity;

function remaining(deadline: number): number {
  return deadline === forever ? forever : Math.max(0, deadline - performance.now());
}

function lock(cells: Int32Array, at: number, deadline: number): boolean {
  while (Atomics.compareExchange(cells, at, 0, 1) !== 0) {
    const ms = remaining(deadline);
    if (ms <= 0) return false;
    Atomics.wait(cells, at, 1, ms === forever ? undefined : ms);
  }
  return true;
}

function unlock(cells: Int32Array, at: number): void {
  Atomics.store(cells, at, 0);
  Atomics.notify(cells, at, 1);
}

export class SharedPipe {
  readonly buffer: SharedArrayBuffer;
  readonly #cells: Int32Array;
  readonly #ring: Uint8Array;
  readonly #mask: number;

  /** A new pipe whose ring holds `capacity` bytes (rounded up to a power of two). */
  static create(capacity = 1 << 20): SharedPipe {
    const size = 2 ** Math.ceil(Math.log2(Math.max(64, capacity)));
    return new SharedPipe(new SharedArrayBuffer(headerBytes + size));
  }

  /** The same pipe, from the buffer another worker sent. */
  constructor(buffer: SharedArrayBuffer) {
    this.buffer = buffer;
    this.#cells = new Int32Array(buffer, 0, headerBytes / 4);
    this.#ring = new Uint8Array(buffer, headerBytes);
    this.#mask = this.#ring.length - 1;
  }

  get capacity(): number {
    return this.#ring.length;
  }

  /** Complete messages waiting to be read. */
  qsize(): number {
    // A reader may begin a streamed message before its writer has counted it: never below 0.
    return Math.max(0, Atomics.load(this.#cells, COUNT));
  }

  /** Bytes in the ring now (what a reader could take without waiting). */
  #used(): number {
    return (Atomics.load(this.#cells, HEAD) - Atomics.load(this.#cells, TAIL)) >>> 0;
  }

  /**
   * Writes one message, waiting for room as long as it takes (up to `timeoutMs` for the write
   * lock and for the first bytes; once begun, a message is always finished). False on timeout.
   */
  send(data: Uint8Array, timeoutMs = forever): boolean {
    const deadline = timeoutMs === forever ? forever : performance.now() + timeoutMs;
    if (!lock(this.#cells, WRITE_LOCK, deadline)) return false;
    try {
      if (!this.#waitForRoom(prefixBytes, deadline)) return false;
      this.#writeMessage(data);
      return true;
    } finally {
      unlock(this.#cells, WRITE_LOCK);
    }
  }

  /** Writes one message only if it fits whole right now (never waits): for the page. */
  trySend(data: Uint8Array): boolean {
    if (Atomics.compareExchange(this.#cells, WRITE_LOCK, 0, 1) !== 0) return false;
    try {
      if (this.capacity - this.#used() < prefixBytes + data.length) return false;
      this.#writeMessage(data);
      return true;
    } finally {
      unlock(this.#cells, WRITE_LOCK);
    }
  }

  /** Reads one message, waiting up to `timeoutMs` for one to begin; null on timeout. */
  recv(timeoutMs = forever): Uint8Array | null {
    const deadline = timeoutMs === forever ? forever : performance.now() + timeoutMs;
    if (!lock(this.#cells, READ_LOCK, deadline)) return null;
    try {
      if (!this.#waitForData(prefixBytes, deadline)) return null;
      return this.#readMessage();
    } finally {
      unlock(this.#cells, READ_LOCK);
    }
  }

  /** Reads one message only if it is all in the ring now (never waits): for the page. */
  tryRecv(): Uint8Array | null {
    if (Atomics.compareExchange(this.#cells, READ_LOCK, 0, 1) !== 0) return null;
    try {
      const used = this.#used();
      if (used < prefixBytes) return null;
      const tail = Atomics.load(this.#cells, TAIL);
      const length = this.#peekLength(tail);
      if (used < prefixBytes + length) return null;
      return this.#readMessage();
    } finally {
      unlock(this.#cells, READ_LOCK);
    }
  }

  /** Waits (up to `timeoutMs`) until a message is waiting; true if one is. */
  poll(timeoutMs = 0): boolean {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const head = Atomics.load(this.#cells, HEAD);
      if (Atomics.load(this.#cells, COUNT) > 0) return true;
      const ms = remaining(deadline);
      if (ms <= 0) return false;
      Atomics.wait(this.#cells, HEAD, head, ms);
    }
  }

  #peekLength(tail: number): number {
    const bytes = new Uint8Array(prefixBytes);
    for (let i = 0; i < prefixBytes; i++) bytes[i] = this.#ring[(tail + i) & this.#mask] as number;
    return new DataView(bytes.buffer).getUint32(0, true);
  }

  #readMessage(): Uint8Array {
    const prefix = new Uint8Array(prefixBytes);
    this.#read(prefix);
    Atomics.sub(this.#cells, COUNT, 1);
    const message = new Uint8Array(new DataView(prefix.buffer).getUint32(0, true));
    this.#read(message);
    return message;
  }

  #waitForRoom(bytes: number, deadline: number): boolean {
    for (;;) {
      const tail = Atomics.load(this.#cells, TAIL);
      if (this.capacity - this.#used() >= bytes) return true;
      const ms = remaining(deadline);
      if (ms <= 0) return false;
      Atomics.wait(this.#cells, TAIL, tail, ms === forever ? undefined : ms);
    }
  }

  #waitForData(bytes: number, deadline: number): boolean {
    for (;;) {
      const head = Atomics.load(this.#cells, HEAD);
      if (this.#used() >= bytes) return true;
      const ms = remaining(deadline);
      if (ms <= 0) return false;
      Atomics.wait(this.#cells, HEAD, head, ms === forever ? undefined : ms);
    }
  }

  /** Writes the length prefix and the message (the write lock is held) and counts it. */
  #writeMessage(data: Uint8Array): void {
    const prefix = new Uint8Array(prefixBytes);
    new DataView(prefix.buffer).setUint32(0, data.length, true);
    this.#write(prefix);
    this.#write(data);
    Atomics.add(this.#cells, COUNT, 1);
    Atomics.notify(this.#cells, HEAD);
  }

  /** Copies `data` in, as room frees up (the write lock is held). */
  #write(data: Uint8Array): void {
    let done = 0;
    while (done < data.length) {
      this.#waitForRoom(1, forever);
      const head = Atomics.load(this.#cells, HEAD);
      const room = this.capacity - this.#used();
      const start = head & this.#mask;
      const n = Math.min(room, data.length - done, this.capacity - start);
      this.#ring.set(data.subarray(done, done + n), start);
      done += n;
      Atomics.store(this.#cells, HEAD, (head + n) | 0);
      Atomics.notify(this.#cells, HEAD);
    }
  }

  /** Fills `out`, as bytes arrive (the read lock is held). */
  #read(out: Uint8Array): void {
    let done = 0;
    while (done < out.length) {
      this.#waitForData(1, forever);
      const tail = Atomics.load(this.#cells, TAIL);
      const start = tail & this.#mask;
      const n = Math.min(this.#used(), out.length - done, this.capacity - start);
      out.set(this.#ring.subarray(start, start + n), done);
      done += n;
      Atomics.store(this.#cells, TAIL, (tail + n) | 0);
      Atomics.notify(this.#cells, TAIL);
    }
  }
}
