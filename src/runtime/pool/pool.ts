// multiprocessing.Pool. Tasks are cut into chunks (Python's chunksize) and a worker asks for the
// next chunk when it is free, so the timeline shows the same rounds as Python's. For tiny tasks a
// worker is sent several chunks per message (its window grows while chunks take under a
// millisecond), because one message round trip costs far more than a tiny task.
// Unlike Python's Pool, nothing ever hangs: a worker that dies fails its tasks and is replaced.
// First: Symbol.asyncDispose / Symbol.dispose must exist before the class below names a method with one.
import '../disposal';
import { decode, encode, findUnclonable, unclonable } from '../wire/codec';
import { cpuCount } from '../process-info';
import { runSeconds } from '../context';
import { emit } from '../events';
import { errorText, WorkerLostError } from '../errors';
import { innermost, isPartial } from '../partial';
import { boundArgs, recordResults, type TaskRecords } from '../records';
import { summarize } from '../summarize';
import { openPools } from '../children';
import { inspectArgs } from '../format';
import { assertNotBootstrapping, spawnChild, type Child, type Loss } from '../spawn';
import { AsyncResult, type ResultCallbacks } from './async-result';
import { checkChunksize, defaultChunksize } from './chunking';
import { encodeItem, Job, type Chunk, type JobSink } from './job';
import { Feeder } from './feeder';
import { ResultStream } from './result-stream';
import { TaskChannel } from './task-channel';
import type { BatchReply, ChunkOutcome } from '../worker/task-messages';
import { say } from '../messages';
import { isShared, packAllNumbers } from '../wire/numbers';

const sharedMemory = typeof SharedArrayBuffer === 'function' && crossOriginIsolated;

type Fn<A extends unknown[] = never[], R = unknown> = (...args: A) => R;

export interface PoolOptions {
  /** Runs once in each worker, before its first task (e.g. to receive shared memory). */
  initializer?: Fn;
  initargs?: unknown[];
  /** A worker is replaced by a fresh one after this many chunks. */
  maxTasksPerChild?: number;
}

interface PoolWorker {
  child: Child;
  tasks: TaskChannel | null;
  ready: boolean;
  inFlight: Set<Chunk>;
  /**
   * How many chunks of `windowJob` may be in flight at once: it grows while that job's chunks
   * take under a millisecond. Any other job starts at 1 chunk at a time, as Python sends them.
   */
  window: number;
  windowJob: Job | null;
  /** Chunks given to this worker, for maxTasksPerChild. */
  assigned: number;
}

const terminatedCode = -15;
const killedCode = -9;
const maxWindow = 256;
/** Chunks faster than this (ms, message included) let a worker's window grow. */
const tinyChunkMs = 1;
/**
 * An imap reads at most this many look-aheads past the results its caller has taken: one
 * queued, one running, one arrived but not yet taken.
 */
const streamAhead = 3;

let poolWorkerCount = 0;

/**
 * Exported functions as they are sent, by function, with a number of their own: a reference
 * never changes, so a worker is sent it once and then only its number (TaskChannel). (A partial
 * is encoded at each call, without a number: its bound arguments may have changed.)
 */
const sentFunctions = new WeakMap<object, { encoded: unknown; id: number }>();
let functionCount = 0;

function encodeFunction(fn: unknown, method: string): { encoded: unknown; id: number | null } {
  const plain = typeof fn === 'function' && !isPartial(fn);
  const known = plain ? sentFunctions.get(fn) : undefined;
  if (known) return known;
  const encoded = encode(fn, say('functionPassedTo', { method }));
  if (!plain) return { encoded, id: null };
  const sent = { encoded, id: ++functionCount };
  sentFunctions.set(fn, sent);
  return sent;
}

function endWorker(worker: PoolWorker, exitCode: number): void {
  worker.tasks?.close();
  worker.child.end(exitCode);
}

function notRunning(state: string): Error {
  return new Error(say('poolNotRunning', { how: state === 'CLOSE' ? 'closed' : 'terminated' }));
}

/**
 * A pool of worker processes (Python's multiprocessing.Pool): `new Pool(2)`, or `new Pool()` for
 * one per core. Write `await using pool = new Pool(2)` to end it when the block ends.
 */
export class Pool {
  #state: 'RUN' | 'CLOSE' | 'TERMINATE' = 'RUN';
  readonly #processes: number;
  readonly #workers = new Set<PoolWorker>();
  readonly #queue: Chunk[] = [];
  #queueHead = 0;
  /** imap inputs still being read, oldest first. */
  readonly #feeders = new Set<Feeder>();
  readonly #initializer: { fn: unknown; args: unknown } | undefined;
  readonly #maxTasksPerChild: number | undefined;
  /**
   * The shared memory of a finished map's packed items, which no worker reads any more: the next
   * map packs into it. Filling fresh memory is mostly page faults: packing 100 000 numbers took
   * 2.8 ms of a 12.5 ms map in new memory, ~0.1 ms in memory used before (Chromium, load ~4).
   */
  #spare: SharedArrayBuffer | null = null;
  #broken: unknown = null;
  #startingUp = true;
  #allEnded: () => void = () => {};
  readonly #ended: Promise<void>;

  constructor(processes?: number, o: PoolOptions = {}) {
    assertNotBootstrapping('new Pool()');
    const size = processes ?? cpuCount();
    if (!Number.isInteger(size) || size < 1) {
      throw new RangeError(say('poolSize', { got: String(processes) }));
    }
    if (
      o.maxTasksPerChild !== undefined &&
      (!Number.isInteger(o.maxTasksPerChild) || o.maxTasksPerChild < 1)
    ) {
      throw new RangeError(say('maxTasksPerChild', { got: String(o.maxTasksPerChild) }));
    }
    this.#processes = size;
    this.#maxTasksPerChild = o.maxTasksPerChild;
    this.#initializer = o.initializer
      ? { fn: encode(o.initializer, 'the initializer'), args: encode(o.initargs ?? [], 'initargs') }
      : undefined;
    this.#ended = new Promise((resolve) => (this.#allEnded = resolve));
    for (let i = 0; i < size; i++) this.#spawn();
    openPools.add(this);
  }

  get processes(): number {
    return this.#processes;
  }

  /** The pids of the current workers (they change when maxTasksPerChild replaces workers). */
  get pids(): number[] {
    return [...this.#workers].map((w) => w.child.pid);
  }

  // --- the Python API -------------------------------------------------------------------

  /** Runs fn(item) for every item, in chunks, across the workers; the results keep the input order. Python's Pool.map. */
  async map<T, R>(fn: Fn<[T], R>, iterable: Iterable<T>, chunksize?: number): Promise<Awaited<R>[]> {
    return this.#collect<Awaited<R>>(fn, iterable, { chunksize }, false, 'map').get();
  }

  /** map() in the background: returns an AsyncResult at once. Python's Pool.map_async. */
  mapAsync<T, R>(
    fn: Fn<[T], R>,
    iterable: Iterable<T>,
    o: { chunksize?: number | undefined } & ResultCallbacks<Awaited<R>[]> = {},
  ): AsyncResult<Awaited<R>[]> {
    return this.#collect(fn, iterable, o, false, 'mapAsync');
  }

  /** Runs fn(...args) for every argument list: starmap(add, [[1, 2], [3, 4]]) → [3, 7]. Python's Pool.starmap. */
  async starmap<A extends unknown[], R>(
    fn: Fn<A, R>,
    iterable: Iterable<A>,
    chunksize?: number,
  ): Promise<Awaited<R>[]> {
    return this.#collect<Awaited<R>>(fn, iterable, { chunksize }, true, 'starmap').get();
  }

  /** starmap() in the background: returns an AsyncResult at once. */
  starmapAsync<A extends unknown[], R>(
    fn: Fn<A, R>,
    iterable: Iterable<A>,
    o: { chunksize?: number | undefined } & ResultCallbacks<Awaited<R>[]> = {},
  ): AsyncResult<Awaited<R>[]> {
    return this.#collect(fn, iterable, o, true, 'starmapAsync');
  }

  /** Runs fn(...args) in one worker and waits for its result. Python's Pool.apply. */
  async apply<A extends unknown[], R>(fn: Fn<A, R>, args?: A): Promise<Awaited<R>> {
    return this.#apply<A, R>(fn, args, {}, 'apply').get();
  }

  /** Starts fn(...args) in one worker and returns an AsyncResult at once. Python's Pool.apply_async. */
  applyAsync<A extends unknown[], R>(
    fn: Fn<A, R>,
    args?: A,
    o: ResultCallbacks<Awaited<R>> = {},
  ): AsyncResult<Awaited<R>> {
    return this.#apply(fn, args, o, 'applyAsync');
  }

  // map(), starmap() and apply() name themselves in errors, not the *Async method they share.
  #apply<A extends unknown[], R>(
    fn: Fn<A, R>,
    args: A | undefined,
    o: ResultCallbacks<Awaited<R>>,
    method: 'apply' | 'applyAsync',
  ): AsyncResult<Awaited<R>> {
    this.#checkRunning();
    if (args !== undefined && !Array.isArray(args)) {
      throw new TypeError(say('applyArgsArray', { fix: inspectArgs([args]) }));
    }
    const result = new AsyncResult<Awaited<R>>(o);
    const job = this.#job(fn, method, true, true, {
      chunk: (_, values) => result.settle({ ok: true, value: values[0] as Awaited<R> }),
      fail: (_, error) => result.settle({ ok: false, error }),
      done: () => {},
    });
    const given = args ?? [];
    this.#enqueue(job.chunks([encode(given, 'args')], 1, [given]));
    return result;
  }

  /** Like map(), but yields each result as soon as it and those before it are ready (for await … of). */
  imap<T, R>(fn: Fn<[T], R>, iterable: Iterable<T>, chunksize = 1): AsyncIterableIterator<Awaited<R>> {
    return this.#stream(fn, iterable, chunksize, true, 'imap');
  }

  /** Like imap(), but yields results in the order they finish. */
  imapUnordered<T, R>(
    fn: Fn<[T], R>,
    iterable: Iterable<T>,
    chunksize = 1,
  ): AsyncIterableIterator<Awaited<R>> {
    return this.#stream(fn, iterable, chunksize, false, 'imapUnordered');
  }

  /** No more tasks: the workers exit once the queued ones are done. */
  close(): void {
    if (this.#state === 'RUN') this.#state = 'CLOSE';
    this.#pump();
  }

  /** Ends every worker now; tasks not finished fail with an error that says so. */
  terminate(): void {
    if (this.#state === 'TERMINATE') return;
    this.#state = 'TERMINATE';
    const error = new Error(say('poolTerminatedTask'));
    const pending = this.#queue.slice(this.#queueHead);
    this.#queue.length = 0;
    this.#queueHead = 0;
    this.#dropFeeders(error);
    for (const worker of this.#workers) {
      pending.push(...worker.inFlight);
      endWorker(worker, terminatedCode);
    }
    this.#workers.clear();
    for (const chunk of pending) chunk.job.fail(chunk, error);
    this.#checkEnded();
  }

  /** Waits for the workers to exit; call close() or terminate() first, as in Python. */
  async join(): Promise<void> {
    if (this.#state === 'RUN') throw new Error(say('joinNeedsClose'));
    return this.#ended;
  }

  /** `await using pool = new Pool(2)` terminates the pool at the end of the block, like `with Pool(2) as pool:`. */
  async [Symbol.asyncDispose](): Promise<void> {
    this.terminate();
    await this.join();
  }

  // --- submitting work ------------------------------------------------------------------

  #checkRunning(): void {
    if (this.#state !== 'RUN') throw notRunning(this.#state);
    if (this.#broken) throw this.#broken;
  }

  #job(fn: unknown, method: string, star: boolean, failsWhole: boolean, sink: JobSink): Job {
    const { encoded, id } = encodeFunction(fn, method);
    const name = typeof fn === 'function' ? innermost(fn as Fn).name || method : method;
    const pathOf = method.startsWith('apply') ? () => 'args' : (i: number) => `iterable[${i}]`;
    return new Job(encoded, id, name, star, sink, failsWhole, pathOf, boundArgs(fn));
  }

  #checkIterable(iterable: Iterable<unknown>): void {
    if (
      iterable === null ||
      typeof (iterable as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function'
    ) {
      throw new TypeError(say('notIterable', { got: inspectArgs([iterable]) }));
    }
  }

  /**
   * The tasks' arguments as given (each an argument list when `star`) and encoded; a bad
   * iterable throws its own error, as Python's list(iterable) does.
   */
  #items(
    iterable: Iterable<unknown>,
    star: boolean,
  ): { given: unknown[]; encoded: unknown[] | Float64Array } {
    this.#checkIterable(iterable);
    // An array is used as it is (chunks are slices of it), copied only if an item needs encoding.
    const items = Array.isArray(iterable) ? (iterable as unknown[]) : Array.from(iterable);
    if (!star) {
      const packed = packAllNumbers(items, sharedMemory, this.#spare);
      if (packed?.buffer === this.#spare) this.#spare = null;
      if (packed) return { given: items, encoded: packed };
      let encoded: unknown[] | null = null;
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        const sent = encodeItem(item, i);
        if (sent !== item) (encoded ??= items.slice())[i] = sent;
      }
      return { given: items, encoded: encoded ?? items };
    }
    const lists = items.map((item, i) => {
      if (item === null || typeof (item as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function') {
        throw new TypeError(say('starmapItem', { index: i, got: inspectArgs([item]) }));
      }
      return Array.from(item as Iterable<unknown>);
    });
    const encoded = lists.map((args, i) =>
      args.every((arg) => encodeItem(arg, i) === arg) ? args : encode(args, `iterable[${i}]`),
    );
    return { given: lists, encoded };
  }

  #collect<R>(
    fn: unknown,
    iterable: Iterable<unknown>,
    o: { chunksize?: number | undefined } & ResultCallbacks<R[]>,
    star: boolean,
    method: string,
  ): AsyncResult<R[]> {
    this.#checkRunning();
    const result = new AsyncResult<R[]>(o);
    let values: unknown[] = [];
    const job = this.#job(fn, method, star, true, {
      chunk: (start, chunkValues) => {
        for (let i = 0; i < chunkValues.length; i++) values[start + i] = chunkValues[i];
      },
      fail: (_, error) => result.settle({ ok: false, error }),
      done: () => {
        // Every chunk has come back (a job whose queued chunks were dropped never gets here).
        if (items instanceof Float64Array && isShared(items)) this.#spare = items.buffer as SharedArrayBuffer;
        result.settle({ ok: true, value: values as R[] });
      },
    });
    const { given, encoded: items } = this.#items(iterable, star);
    if (items.length === 0) {
      result.settle({ ok: true, value: [] });
      return result;
    }
    this.#enqueue(
      job.chunks(
        items,
        o.chunksize === undefined
          ? defaultChunksize(items.length, this.#processes)
          : checkChunksize(o.chunksize),
        given,
      ),
    );
    // Made while the workers run the first chunks: a list of 100 000 took the owner ~2.8 ms
    // (Chromium, load ~4), which delayed every chunk when it was made before they were sent.
    values = new Array(items.length);
    // Numbers in, numbers out, most often: a double makes the list keep unboxed numbers now,
    // while it holds only holes. Made so when the first chunk's numbers arrived, it took V8 another
    // ~3 ms of 100 000 (Node 22 on this host); a list that then gets other values turns generic.
    if (items instanceof Float64Array) values[0] = 0.5;
    return result;
  }

  #stream<R>(
    fn: unknown,
    iterable: Iterable<unknown>,
    chunksize: number,
    ordered: boolean,
    method: string,
  ): ResultStream<R> {
    this.#checkRunning();
    checkChunksize(chunksize);
    this.#checkIterable(iterable);
    const job = this.#job(fn, method, false, false, {
      chunk: (start, values) => stream.deliver(start, values as ArrayLike<R>),
      fail: (at, error) => stream.fail(at, error),
      done: () => {},
    });
    const stream = new ResultStream<R>(ordered, {
      onYield: () => {
        if (feeder.stalled) this.#pump();
      },
      onFinish: () => {
        feeder.stop();
        this.#feeders.delete(feeder);
        this.#pump();
      },
    });
    const feeder = new Feeder(
      job,
      stream as ResultStream<unknown>,
      iterable,
      chunksize,
      streamAhead * this.#lookAhead(chunksize) * chunksize,
    );
    this.#feeders.add(feeder);
    this.#pump();
    return stream;
  }

  /**
   * How many chunks of an imap to keep queued: enough that each worker can be sent a full
   * window of tiny tasks in one message, and at least two chunks per worker.
   */
  #lookAhead(chunksize: number): number {
    return Math.max(2 * this.#processes, Math.ceil((this.#processes * maxWindow) / chunksize));
  }

  /** Tops the queue up from the imap inputs, oldest first. */
  #feed(): void {
    for (const feeder of this.#feeders) {
      const room = this.#lookAhead(feeder.chunksize) - (this.#queue.length - this.#queueHead);
      if (room <= 0) return;
      for (const chunk of feeder.take(room)) this.#queue.push(chunk);
      if (!feeder.active) this.#feeders.delete(feeder);
    }
  }

  /** The pool ended: every imap still reading fails after its last task read. */
  #dropFeeders(error: unknown): void {
    for (const feeder of this.#feeders) {
      feeder.stop();
      feeder.stream.fail(feeder.pulled, error);
    }
    this.#feeders.clear();
  }

  #enqueue(chunks: Chunk[]): void {
    for (const chunk of chunks) this.#queue.push(chunk);
    this.#pump();
  }

  // --- workers --------------------------------------------------------------------------

  #spawn(): void {
    poolWorkerCount += 1;
    const child = spawnChild({ name: `PoolWorker-${poolWorkerCount}`, initializer: this.#initializer });
    const worker: PoolWorker = {
      child,
      tasks: null,
      ready: false,
      inFlight: new Set(),
      window: 1,
      windowJob: null,
      assigned: 0,
    };
    this.#workers.add(worker);
    child.ready.then(
      () => {
        worker.tasks = new TaskChannel(child.worker);
        worker.ready = true;
        this.#pump();
      },
      (error: unknown) => this.#breakPool(worker, error),
    );
    void child.lost.then((loss) => this.#lose(worker, loss));
  }

  /**
   * A worker could not import the program or run the initializer. Python's Pool would start a
   * new worker, fail the same way, and hang forever; here every task fails with that error.
   */
  #breakPool(worker: PoolWorker, error: unknown): void {
    if (this.#state === 'TERMINATE' || worker.child.exitCode !== null) return;
    const first = this.#broken === null;
    this.#broken ??= error;
    if (first) {
      const text = error instanceof Error ? errorText(error) : String(error);
      emit({
        type: 'output',
        pid: worker.child.pid,
        stream: 'error',
        text: `${worker.child.name} failed to start:\n${text}`,
        t: runSeconds(),
      });
    }
    endWorker(worker, 1);
    this.#workers.delete(worker);
    const pending = this.#queue.slice(this.#queueHead);
    this.#queue.length = 0;
    this.#queueHead = 0;
    this.#dropFeeders(this.#broken);
    for (const chunk of pending) chunk.job.fail(chunk, this.#broken);
    this.#checkEnded();
  }

  #lose(worker: PoolWorker, loss: Loss): void {
    const { child } = worker;
    const reason = loss.error instanceof Error ? loss.error.message : '';
    for (const chunk of worker.inFlight) {
      // Encoded arguments read well enough for a message: they are plain data but for functions.
      const first = chunk.items[0];
      const task = `${chunk.job.name}(${inspectArgs(chunk.job.star ? (first as unknown[]) : [first])})`;
      const error = new WorkerLostError(
        say('workerLost', { worker: child.name, pid: child.pid, task, index: chunk.start, reason }),
      );
      chunk.job.fail(chunk, error);
    }
    worker.inFlight.clear();
    endWorker(worker, loss.error ? 1 : killedCode);
    this.#workers.delete(worker);
    if (this.#state !== 'TERMINATE' && !this.#broken) this.#spawn();
    this.#pump();
  }

  #retire(worker: PoolWorker): void {
    endWorker(worker, 0);
    this.#workers.delete(worker);
  }

  // --- dispatch -------------------------------------------------------------------------

  /** The next chunk worth running, left in the queue. */
  #peekChunk(): Chunk | undefined {
    while (this.#queueHead < this.#queue.length) {
      const chunk = this.#queue[this.#queueHead];
      if (chunk?.job.wanted) return chunk;
      this.#queueHead++;
    }
    return undefined;
  }

  #takeChunk(): Chunk | undefined {
    while (this.#queueHead < this.#queue.length) {
      const chunk = this.#queue[this.#queueHead++];
      if (this.#queueHead > 1024 && this.#queueHead * 2 > this.#queue.length) {
        this.#queue.splice(0, this.#queueHead);
        this.#queueHead = 0;
      }
      if (chunk?.job.wanted) return chunk;
    }
    return undefined;
  }

  #pump(): void {
    if (this.#state === 'TERMINATE') return;
    this.#feed();
    // Python forks its workers in a few milliseconds, then each takes the next task when it is
    // free. Workers here take longer to start, so no task goes out until they all have: else
    // the first one up would take the first chunks alone, and the timeline would not show
    // Python's rounds.
    // (Replacement workers, later on, do not hold the others up.)
    this.#startingUp &&= [...this.#workers].some((w) => !w.ready && w.child.exitCode === null);
    const ready = [...this.#workers].filter((w) => w.ready && w.child.exitCode === null);
    for (const worker of this.#startingUp ? [] : ready) {
      this.#feed();
      const next = this.#peekChunk();
      if (!next) break;
      const allowance =
        this.#maxTasksPerChild === undefined ? Infinity : this.#maxTasksPerChild - worker.assigned;
      const window = worker.windowJob === next.job ? worker.window : 1;
      // No worker takes more than its share of what is queued, so none sits idle.
      const share = Math.ceil((this.#queue.length - this.#queueHead) / ready.length);
      const room = Math.min(window - worker.inFlight.size, allowance, share);
      const batch: Chunk[] = [];
      while (batch.length < room && this.#peekChunk()?.job === next.job) {
        batch.push(this.#takeChunk() as Chunk);
      }
      if (batch.length) this.#send(worker, batch);
    }
    if (this.#maxTasksPerChild !== undefined) this.#replaceSpent();
    this.#checkEnded();
  }

  /** Workers that did their maxTasksPerChild chunks leave; fresh ones (new pids) take their place. */
  #replaceSpent(): void {
    for (const worker of [...this.#workers]) {
      if (worker.assigned >= (this.#maxTasksPerChild ?? Infinity) && worker.inFlight.size === 0) {
        this.#retire(worker);
        if (this.#state === 'RUN' || this.#queueHead < this.#queue.length || this.#feeders.size) {
          this.#spawn();
        }
      }
    }
  }

  /** After close(): once nothing is queued or running, the workers exit and join() resolves. */
  #checkEnded(): void {
    if (this.#state === 'CLOSE' && this.#queueHead >= this.#queue.length && this.#feeders.size === 0) {
      for (const worker of [...this.#workers]) if (worker.inFlight.size === 0) this.#retire(worker);
    }
    if (this.#state !== 'RUN' && this.#workers.size === 0) {
      openPools.delete(this);
      this.#allEnded();
    }
  }

  #send(worker: PoolWorker, batch: Chunk[]): void {
    for (const chunk of batch) worker.inFlight.add(chunk);
    worker.assigned += batch.length;
    const sent = performance.now();
    // Chromium clones a typed array's bytes slowly (8 chunks of 12 500 numbers took 5.8 ms to
    // post, 0.16 ms transferred, at load 14): packed items in shared memory go as they are, others
    // as a copy that is transferred (the chunk keeps its items, for error messages).
    const transfer: ArrayBuffer[] = [];
    const chunks = batch.map(({ items }) => {
      if (!(items instanceof Float64Array) || isShared(items)) return items;
      const copy = items.slice();
      transfer.push(copy.buffer);
      return copy;
    });
    // #pump batches the chunks of one job only: its function goes once.
    const { fn, fnId, star } = (batch[0] as Chunk).job;
    (worker.tasks as TaskChannel).send({ fn, fnId, star, chunks }, transfer).then(
      (reply) => {
        if (worker.child.exitCode !== null) return; // lost or terminated meanwhile: already settled
        const perChunk = (performance.now() - sent) / batch.length;
        const job = batch[0]?.job ?? null;
        const window = worker.windowJob === job ? worker.window : 1;
        worker.window = perChunk < tinyChunkMs ? Math.min(window * 2, maxWindow) : 1;
        worker.windowJob = job;
        for (const chunk of batch) worker.inFlight.delete(chunk);
        // The worker's next chunks go out before this batch's results are read (a map's copied
        // into its list, spans sent on to the page), so it works meanwhile. After a failure they
        // wait: the failed job's queued chunks are then dropped.
        if (reply.outcomes.every((outcome) => outcome.ok)) this.#pump();
        batch.forEach((chunk, i) => this.#settle(worker, chunk, reply.outcomes[i] as ChunkOutcome, reply));
        this.#pump();
      },
      (error: unknown) => {
        if (worker.child.exitCode !== null) return;
        for (const chunk of batch) worker.inFlight.delete(chunk);
        worker.assigned -= batch.length;
        this.#refused(batch, error);
        this.#pump();
      },
    );
  }

  #settle(worker: PoolWorker, chunk: Chunk, outcome: ChunkOutcome, { joined }: BatchReply): void {
    // Results are this thread's own copies: decoded in place.
    const values = outcome.ok
      ? outcome.values instanceof Float64Array
        ? outcome.values
        : (decode(outcome.values) as unknown[])
      : null;
    const error = outcome.ok ? null : decode(outcome.error);
    const records = chunk.record && this.#records(chunk.record, chunk.job, outcome, values, error);
    const { spans } = outcome;
    const bounds = 'bounds' in spans ? spans.bounds : new Float64Array(spans.length);
    if (!('bounds' in spans))
      for (let i = 0; i < spans.length; i++) bounds[i] = joined[spans.at + i] as number;
    emit({
      type: 'tasks',
      pid: worker.child.pid,
      fn: chunk.job.name,
      bounds,
      ...(spans.marks ? { marks: spans.marks } : {}),
      failedAt: spans.failedAt,
      ...(records ? { records } : {}),
    });
    if (values) chunk.job.deliver(chunk, values);
    else chunk.job.fail(chunk, error);
  }

  /** What the run records of a chunk's first tasks: the arguments (from when it was queued) and what came back. */
  #records(
    { count, args }: NonNullable<Chunk['record']>,
    job: Job,
    outcome: ChunkOutcome,
    values: ArrayLike<unknown> | null,
    error: unknown,
  ): TaskRecords {
    const records: TaskRecords = { args, star: job.star };
    if (job.bound) records.bound = job.bound;
    const { failedAt } = outcome.spans;
    const done = values ?? ('done' in outcome && outcome.done ? (decode(outcome.done) as unknown[]) : null);
    if (done) records.results = recordResults(done, count);
    if (failedAt !== -1 && failedAt < count) records.error = summarize(error);
    return records;
  }

  /** postMessage refused a batch: name the unclonable argument of each bad task; resend the rest. */
  #refused(batch: Chunk[], error: unknown): void {
    const retry: Chunk[] = [];
    for (const chunk of batch) {
      const bad = Array.from(chunk.items as ArrayLike<unknown>)
        .map((item, i) => findUnclonable(item, chunk.job.pathOf(chunk.start + i)))
        .find((found) => found);
      if (bad) chunk.job.fail(chunk, unclonable(bad.path, bad.what));
      else if (error instanceof Error && error.name === 'DataCloneError') retry.push(chunk);
      else chunk.job.fail(chunk, error);
    }
    this.#queue.splice(this.#queueHead, 0, ...retry);
  }
}
