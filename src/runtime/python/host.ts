// The JavaScript module `_parallel_lab_host` that a Python process calls for what CPython asks
// of the operating system: start and wait for processes, pipes, shared memory, semaphores, the
// clock. Its Python side is lib/multiprocessing/_host.py. Shared objects have run-wide ids (a
// counter every process shares), so an id pickled in one process names the same memory in
// another; the SharedArrayBuffers themselves travel with a spawned child (ChildSpec.handles).
import { SharedPipe } from './pipe';
import { counterCells, processState, type FromWorker, type ProcessStart } from './protocol';
import { recordedTasksLimit } from '../records';
import { sayPython } from './messages';
import { framePayload, type ChildFrame } from './child-frame';

/** What Pyodide hands JavaScript for a Python bytes object (a PyProxy with the buffer protocol). */
interface PyBytes {
  getBuffer(type: 'u8'): { data: Uint8Array; release(): void };
}

/** A Python list/dict given to JavaScript (to_js): already plain. */
type TypedArray =
  | Int8Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array
  | BigInt64Array
  | BigUint64Array;

/** ctypes' sizes on 64-bit Linux, where the lab ran: C long is 8 bytes. */
const typed: Record<string, new (bufferOrLength: SharedArrayBuffer | number) => TypedArray> = {
  c: Uint8Array,
  b: Int8Array,
  B: Uint8Array,
  h: Int16Array,
  H: Uint16Array,
  i: Int32Array,
  I: Uint32Array,
  l: BigInt64Array,
  L: BigUint64Array,
  q: BigInt64Array,
  Q: BigUint64Array,
  f: Float32Array,
  d: Float64Array,
};

const typecodes = Object.keys(typed).join('');

/**
 * Longer output is split into several events, each of which must fit the page's event pipe
 * whole (1 MB): even escaped as \uXXXX, 16 Ki characters stay under 100 KB.
 */
const longestOutputChars = 16 * 1024;

export interface Host {
  /** The module object Python imports as `_parallel_lab_host`. */
  module: Record<string, unknown>;
  /** Sends one event (a JSON object's text); the event gets this process's pid and the time. */
  emit(fields: string): void;
  /** Writes one line of output (stdout: 'log', stderr: 'error') as an event. */
  output(stream: 'log' | 'error', text: string): void;
  /** Records the exit: the exit cell, the last event, and the message to the page. */
  exit(exitCode: number): void;
}

export function withBytes<T>(data: unknown, use: (bytes: Uint8Array) => T): T {
  if (data instanceof Uint8Array) return use(data);
  const buffer = (data as PyBytes).getBuffer('u8');
  try {
    return use(buffer.data);
  } finally {
    buffer.release();
  }
}

function semAcquire(value: Int32Array, timeoutMs: number): boolean {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const now = Atomics.load(value, 0);
    if (now > 0) {
      if (Atomics.compareExchange(value, 0, now, now - 1) === now) return true;
      continue;
    }
    const left = deadline - performance.now();
    if (left <= 0) return false;
    Atomics.wait(value, 0, now, left);
  }
}

function semRelease(value: Int32Array): void {
  Atomics.add(value, 0, 1);
  Atomics.notify(value, 0, 1);
}

function waitMs(timeoutMs: number): number {
  return timeoutMs < 0 ? Infinity : timeoutMs;
}

/** Capacity of each pipe that takes a captured program's stdout or stderr. */
const capturePipeBytes = 1 << 20;

export function createHost(
  start: ProcessStart,
  post: (message: FromWorker) => void,
  frame: ChildFrame = {},
): Host {
  const { run, pid } = start;
  const buffers = new Map<number, SharedArrayBuffer>(start.child?.handles ?? []);
  const pipes = new Map<number, SharedPipe>();
  const views = new Map<number, TypedArray>();
  const children = new Map<number, Int32Array>();
  const events = new SharedPipe(start.events);
  const encoder = new TextEncoder();
  const sleepCell = new Int32Array(new SharedArrayBuffer(4));
  const seconds = () => (performance.timeOrigin + performance.now() - run.epoch) / 1000;

  const newId = () => Atomics.add(run.counters, counterCells.sharedObject, 1);
  const buffer = (id: number): SharedArrayBuffer => {
    const found = buffers.get(id);
    if (!found) throw new Error(`Shared object ${id} was not sent to process ${pid}`);
    return found;
  };
  const pipe = (id: number): SharedPipe => {
    let found = pipes.get(id);
    if (!found) pipes.set(id, (found = new SharedPipe(buffer(id))));
    return found;
  };
  const view = (id: number, typecode: string): TypedArray => {
    // A number key: element access is the hot path of a shared array (a string key measured slower).
    const key = id * 32 + typecodes.indexOf(typecode);
    let found = views.get(key);
    if (!found) {
      const Type = typed[typecode];
      if (!Type) throw new Error(`Unknown typecode ${typecode}`);
      views.set(key, (found = new Type(buffer(id))));
    }
    return found;
  };
  const cell = (id: number) => view(id, 'i') as Int32Array;

  /** `fields` is a JSON object's text; the event gets this process's pid and the time. */
  const emit = (fields: string) => {
    const bytes = encoder.encode(`{"pid":${pid},"t":${seconds()},${fields.slice(1)}`);
    events.send(bytes);
  };

  const output = (stream: 'log' | 'error', text: string) => {
    if (frame.capture) {
      pipe(frame.capture[stream === 'log' ? 0 : 1]).send(encoder.encode(`${text}\n`));
      return;
    }
    let at = 0;
    do {
      emit(JSON.stringify({ type: 'output', stream, text: text.slice(at, at + longestOutputChars) }));
      at += longestOutputChars;
    } while (at < text.length);
  };

  const module = {
    now: seconds,
    time_scale: () => run.timeScale,
    cpu_count: () => run.cpuCount,
    sleep_ms(ms: number) {
      if (ms > 0) Atomics.wait(sleepCell, 0, 0, ms);
    },
    emit,
    say: (key: string, params: Record<string, string | number>) => sayPython(run.language, key, params),

    spawn(name: string, payload: unknown, handles: number[], target: string, program?: ChildFrame): number {
      const child = Atomics.add(run.counters, counterCells.pid, 1);
      // A program, or any child of a captured process, says so in front of its payload.
      const childFrame = {
        ...program,
        ...(frame.capture && !program?.capture ? { capture: frame.capture } : {}),
      };
      const framed = childFrame.script !== undefined || childFrame.capture !== undefined;
      const status = new SharedArrayBuffer(8);
      children.set(child, new Int32Array(status));
      emit(JSON.stringify({ type: 'process-start', pid: child, ppid: pid, name, ...JSON.parse(target) }));
      const copy = withBytes(payload, (bytes) => (framed ? framePayload(childFrame, bytes) : bytes.slice()));
      const shared = [...handles, ...(childFrame.capture ?? [])];
      post({
        type: 'spawn',
        child: {
          pid: child,
          ppid: pid,
          name,
          payload: copy,
          handles: [...new Set(shared)].map((id) => [id, buffer(id)]),
          status,
        },
      });
      return child;
    },
    child_exitcode(child: number): number | undefined {
      const state = children.get(child);
      if (!state || Atomics.load(state, 0) !== processState.exited) return undefined;
      return Atomics.load(state, 1);
    },
    child_wait(child: number, timeoutMs: number): number | undefined {
      const state = children.get(child);
      if (!state) return undefined;
      const deadline = performance.now() + waitMs(timeoutMs);
      for (;;) {
        const now = Atomics.load(state, 0);
        if (now === processState.exited) return Atomics.load(state, 1);
        const left = deadline - performance.now();
        if (left <= 0) return undefined;
        Atomics.wait(state, 0, now, left);
      }
    },
    /**
     * subprocess.run: starts `script` as a program of its own (a new main process); with
     * `capture`, its output (and its children's) goes to two new pipes. Returns [pid, stdout
     * pipe, stderr pipe] (the pipes -1 when not captured).
     */
    run_program(script: string, argv: string[], capture: boolean): number[] {
      const pipes = capture
        ? [module.pipe_new(capturePipeBytes), module.pipe_new(capturePipeBytes)]
        : [-1, -1];
      const program: ChildFrame = {
        script,
        argv: [...argv],
        ...(capture ? { capture: pipes as [number, number] } : {}),
      };
      return [module.spawn(`python3 ${script}`, new Uint8Array(), [], '{}', program), ...pipes];
    },
    kill(child: number) {
      post({ type: 'kill', pid: child });
    },

    pipe_new(capacity: number): number {
      const id = newId();
      const created = SharedPipe.create(capacity);
      buffers.set(id, created.buffer);
      pipes.set(id, created);
      return id;
    },
    pipe_send: (id: number, data: unknown, timeoutMs: number) =>
      withBytes(data, (bytes) => pipe(id).send(bytes, waitMs(timeoutMs))),
    pipe_try_send: (id: number, data: unknown) => withBytes(data, (bytes) => pipe(id).trySend(bytes)),
    pipe_recv: (id: number, timeoutMs: number) => pipe(id).recv(waitMs(timeoutMs)) ?? undefined,
    pipe_poll: (id: number, timeoutMs: number) => pipe(id).poll(timeoutMs),
    pipe_qsize: (id: number) => pipe(id).qsize(),
    pipe_capacity: (id: number) => pipe(id).capacity,

    shm_new(nbytes: number): number {
      const id = newId();
      // Whole 8-byte units, so every typed view of it fits.
      buffers.set(id, new SharedArrayBuffer(Math.ceil(nbytes / 8) * 8));
      return id;
    },
    shm_get(id: number, typecode: string, index: number): number | bigint {
      const value = view(id, typecode)[index] as number | bigint;
      return typeof value === 'bigint' && Number.isSafeInteger(Number(value)) ? Number(value) : value;
    },
    shm_set(id: number, typecode: string, index: number, value: number | bigint) {
      const target = view(id, typecode);
      if (target instanceof BigInt64Array || target instanceof BigUint64Array) target[index] = BigInt(value);
      else target[index] = Number(value);
    },
    shm_read: (id: number, offset: number, nbytes: number) =>
      new Uint8Array(buffer(id), offset, nbytes).slice(),
    shm_write(id: number, offset: number, data: unknown) {
      withBytes(data, (bytes) => new Uint8Array(buffer(id), offset, bytes.length).set(bytes));
    },

    sem_new(value: number): number {
      const id = newId();
      const created = new SharedArrayBuffer(8);
      new Int32Array(created)[0] = value;
      buffers.set(id, created);
      return id;
    },
    sem_acquire: (id: number, timeoutMs: number) => semAcquire(cell(id), waitMs(timeoutMs)),
    sem_release: (id: number) => semRelease(cell(id)),
    /** A synchronized Array's element in one call: take its lock, read, let go. */
    locked_get(sem: number, id: number, typecode: string, index: number): number | bigint {
      const lock = cell(sem);
      semAcquire(lock, Infinity);
      try {
        return module.shm_get(id, typecode, index);
      } finally {
        semRelease(lock);
      }
    },
    locked_set(sem: number, id: number, typecode: string, index: number, value: number | bigint) {
      const lock = cell(sem);
      semAcquire(lock, Infinity);
      try {
        module.shm_set(id, typecode, index, value);
      } finally {
        semRelease(lock);
      }
    },
    sem_value: (id: number) => Atomics.load(cell(id), 0),

    /** How many of `tasks` new tasks to record (the run records its first 10 000). */
    claim_records(tasks: number): number {
      const before = Atomics.add(run.counters, counterCells.recordedTasks, tasks);
      return Math.max(0, Math.min(tasks, recordedTasksLimit - before));
    },

    /** numpy.random: `n` doubles in [0, 1) as bytes, in one call (Math.random). */
    random_doubles(n: number): Uint8Array {
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) values[i] = Math.random();
      return new Uint8Array(values.buffer);
    },
    /**
     * numpy.random.randint: `n` integers in [low, low + span) as the bytes of a `typecode` array,
     * in one call: 800×600×3 of them took seconds as a Python loop over random_doubles' numbers.
     */
    random_ints(n: number, low: number, span: number, typecode: string): Uint8Array {
      const Type = typed[typecode];
      if (!Type) throw new Error(`Unknown typecode ${typecode}`);
      const values = new Type(n);
      if (values instanceof BigInt64Array || values instanceof BigUint64Array)
        for (let i = 0; i < n; i++) values[i] = BigInt(low + Math.floor(Math.random() * span));
      else for (let i = 0; i < n; i++) values[i] = low + Math.floor(Math.random() * span);
      return new Uint8Array(values.buffer);
    },
  };

  return {
    module,
    emit,
    output,
    exit(exitCode) {
      emit(JSON.stringify({ type: 'process-exit', exitCode }));
      if (start.child) {
        const state = new Int32Array(start.child.status);
        Atomics.store(state, 1, exitCode);
        Atomics.store(state, 0, processState.exited);
        Atomics.notify(state, 0);
      }
      post({ type: 'exit', pid, exitCode });
    },
  };
}
