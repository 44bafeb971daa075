// Python interpreters, ready before they are needed. Loading starts when a learner opens a
// Python tab (prepare()), never before: the page fetches pyodide.asm.wasm and compiles it once
// (each worker compiling its own 9.6 MB copy took seconds per interpreter), and every
// interpreter starts from the memory snapshot the build made (build/python-snapshot.ts). Where
// that snapshot is missing or refused, the first interpreter boots the slow way and takes the
// snapshot every later one starts from. A few booted interpreters wait as spares, as CPython's
// forkserver keeps a process ready, so a run and its Pool start in milliseconds.
import wasmUrl from 'pyodide/pyodide.asm.wasm?url';
import stdlibUrl from 'pyodide/python_stdlib.zip?url';
import builtSnapshotUrl from 'virtual:python-snapshot';
import PythonWorker from '../../runtime/python/worker/python.worker.ts?worker';
import WorkspaceWorker from '../../runtime/python/worker/workspace.worker.ts?worker';
import { hasWorkspace } from '../../runtime/fs/workspace';
import type { BootAssets } from '../../runtime/python/boot';
import type { FromWorker, ToWorker } from '../../runtime/python/protocol';

/** A booted interpreter, idle until it is given a process (then it belongs to that run). */
export interface Interpreter {
  readonly worker: Worker;
  /** How long its boot took, in ms. */
  readonly bootMs: number;
}

/** A copy in shared memory, which every interpreter's boot message then shares. */
function shared(buffer: ArrayBuffer): SharedArrayBuffer {
  const copy = new SharedArrayBuffer(buffer.byteLength);
  new Uint8Array(copy).set(new Uint8Array(buffer));
  return copy;
}

/** The build's snapshot, unzipped into shared memory; null if it is missing or unreadable. */
async function builtSnapshot(url: string | null): Promise<SharedArrayBuffer | null> {
  if (!url) return null;
  try {
    const response = await fetch(url);
    if (!response.ok) return null;
    const bytes = new Uint8Array(await response.arrayBuffer());
    // A host that sends .gz files with Content-Encoding: gzip has had the browser unzip it.
    if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return shared(bytes.buffer);
    const unzipped = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return shared(await new Response(unzipped).arrayBuffer());
  } catch {
    return null;
  }
}

let workspaceService: Worker | null = null;

/**
 * A line from a new interpreter to the page's one workspace service (started with the first),
 * which does the workspace work (OPFS, or IndexedDB) of every Python process's file calls.
 */
function workspaceLine(): MessagePort | undefined {
  if (!hasWorkspace()) return undefined;
  workspaceService ??= new WorkspaceWorker({ name: 'Python workspace' });
  const channel = new MessageChannel();
  workspaceService.postMessage({ port: channel.port1 }, [channel.port1]);
  return channel.port2;
}

/**
 * Boots one interpreter (the first makes the snapshot the others start from); `signal` ends a
 * boot that has taken too long.
 */
export type BootInterpreter = (
  assets: BootAssets,
  makeSnapshot: boolean,
  signal: AbortSignal,
  worker?: Worker,
) => Promise<{ interpreter: Interpreter; snapshot?: ArrayBuffer }>;

const bootOne: BootInterpreter = (
  assets,
  makeSnapshot,
  signal,
  worker = new PythonWorker({ name: 'Python (spare)' }),
) => {
  return new Promise((resolve, reject) => {
    const fail = (message: string) => {
      signal.removeEventListener('abort', timedOut);
      worker.terminate();
      reject(new Error(message));
    };
    const timedOut = () => fail('its interpreter did not finish booting in time');
    signal.addEventListener('abort', timedOut, { once: true });
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'booted') {
        signal.removeEventListener('abort', timedOut);
        worker.onmessage = null;
        worker.onerror = null;
        resolve({
          interpreter: { worker, bootMs: message.ms },
          ...(message.snapshot ? { snapshot: message.snapshot } : {}),
        });
      } else if (message.type === 'boot-failed') fail(message.message);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(event.message || 'its worker failed to load');
    };
    const workspace = workspaceLine();
    const message: ToWorker = { type: 'boot', assets, makeSnapshot, ...(workspace ? { workspace } : {}) };
    worker.postMessage(message, workspace ? [workspace] : []);
  });
};

/**
 * Boots that fail one after another before the pool gives up: a boot can fail once on a busy
 * page (a worker or its WebAssembly memory refused), and the process waiting for it should get
 * the next one; Python that cannot start at all fails its waiting processes instead.
 */
const failuresBeforeGivingUp = 3;

/**
 * A boot that has not answered by then is ended and counts as failed, so the process waiting for
 * it gets the next one. A boot took 1-3 s on a quiet 2-core machine and up to 25 s at load 13;
 * twice in CI a Pool worker waited over 120 s for an interpreter that never came.
 */
const bootDeadlineMs = 90_000;

export class InterpreterPool {
  /** Booted interpreters kept waiting. */
  readonly spares: number;
  #snapshotFrom: 'build' | 'page' | null = null;
  readonly #snapshotUrl: string | null;
  #assets: Promise<BootAssets> | null = null;
  #ready: Interpreter[] = [];
  #booting = 0;
  #waiting: ((interpreter: Interpreter) => void)[] = [];
  #failed: ((error: unknown) => void)[] = [];
  #runs = 0;
  /** Boots that failed since the last one that worked. */
  #failures = 0;
  #boot: BootInterpreter;
  #loaded = false;

  readonly #bootDeadlineMs: number;

  constructor(
    o: { spares?: number; snapshotUrl?: string | null; boot?: BootInterpreter; bootDeadlineMs?: number } = {},
  ) {
    // The main process and a Pool of up to min(cores, 4) workers start without waiting.
    this.spares = o.spares ?? Math.min(4, navigator.hardwareConcurrency || 2) + 1;
    this.#snapshotUrl = o.snapshotUrl === undefined ? builtSnapshotUrl : o.snapshotUrl;
    this.#boot = o.boot ?? bootOne;
    this.#bootDeadlineMs = o.bootDeadlineMs ?? bootDeadlineMs;
  }

  #deadline(): AbortSignal {
    return AbortSignal.timeout(this.#bootDeadlineMs);
  }

  /** Starts loading Python (once) and keeps the spares booted. */
  prepare(): Promise<void> {
    this.#assets ??= this.#loadAssets();
    this.#refill();
    return this.#assets.then(() => undefined);
  }

  /** A booted interpreter: a spare at once, or the next one to finish booting. */
  take(): Promise<Interpreter> {
    if (this.#failures >= failuresBeforeGivingUp) this.#failures = 0;
    this.prepare().catch(() => {});
    const spare = this.#ready.shift();
    this.#refill();
    if (spare) return Promise.resolve(spare);
    return new Promise((resolve, reject) => {
      this.#waiting.push(resolve);
      this.#failed.push(reject);
      this.#refill();
    });
  }

  /**
   * A run has started: until it calls the function returned, spares are booted only for a
   * process that waits for one. Boots for later, each a second or more of CPU, took a core
   * from the run's own processes (the parallel image script, which takes 3 spares, was slower
   * than the sequential one, which takes 1).
   */
  hold(): () => void {
    this.#runs += 1;
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      this.#runs -= 1;
      this.#refill();
    };
  }

  /** Which snapshot interpreters start from: the build's, or one the page made; null until known. */
  get snapshotFrom(): 'build' | 'page' | null {
    return this.#snapshotFrom;
  }

  /** Python is up: the first interpreter has booted, and every later one starts from it. */
  get loaded(): boolean {
    return this.#loaded;
  }

  /** How many interpreters are booted and idle now. */
  get idle(): number {
    return this.#ready.length;
  }

  /** Resolves once every spare is booted: Python is warm (tests and the bench wait for it). */
  async warm(): Promise<void> {
    await this.prepare();
    while (this.#ready.length < this.spares) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  /** Ends every idle interpreter (tests; a page keeps them). */
  dispose(): void {
    for (const interpreter of this.#ready.splice(0)) interpreter.worker.terminate();
  }

  async #loadAssets(): Promise<BootAssets> {
    // Started before the assets arrive, so it loads Pyodide's JavaScript meanwhile (boot.ts).
    const worker = new PythonWorker({ name: 'Python (spare)' });
    const [wasm, stdlib, snapshot] = await Promise.all([
      WebAssembly.compileStreaming(fetch(wasmUrl)),
      fetch(stdlibUrl)
        .then((response) => response.arrayBuffer())
        .then(shared),
      builtSnapshot(this.#snapshotUrl),
    ]).catch((error: unknown) => {
      worker.terminate();
      throw error;
    });
    this.#booting += 1;
    try {
      if (snapshot) {
        const assets: BootAssets = { wasm, stdlib, snapshot };
        const first = await this.#boot(assets, false, this.#deadline(), worker).catch((error: unknown) => {
          // Another build's snapshot (Pyodide checks its build id) or a damaged one.
          console.warn(`Python's built snapshot was refused; booting the slow way. ${String(error)}`);
          return null;
        });
        if (first) {
          this.#snapshotFrom = 'build';
          this.#loaded = true;
          this.#deliver(first.interpreter);
          return assets;
        }
      }
      const first = await this.#boot({ wasm, stdlib }, true, this.#deadline(), snapshot ? undefined : worker);
      this.#snapshotFrom = 'page';
      const assets: BootAssets = {
        wasm,
        stdlib,
        ...(first.snapshot ? { snapshot: shared(first.snapshot) } : {}),
      };
      this.#loaded = true;
      this.#deliver(first.interpreter);
      return assets;
    } finally {
      this.#booting -= 1;
    }
  }

  #refill(): void {
    if (!this.#assets || this.#failures >= failuresBeforeGivingUp) return;
    const wanted = (this.#runs > 0 ? 0 : this.spares) + this.#waiting.length;
    // Spares boot one at a time, so a run that has just taken some is not slowed by several
    // boots at once (each is a second or more of CPU); a process waiting for one gets its own.
    while (
      this.#ready.length + this.#booting < wanted &&
      (this.#booting === 0 || this.#booting < this.#waiting.length)
    ) {
      this.#booting += 1;
      void this.#assets
        .then((assets) => this.#boot(assets, false, this.#deadline()))
        .then(
          ({ interpreter }) => {
            this.#failures = 0;
            this.#deliver(interpreter);
          },
          (error: unknown) => {
            // One failed boot is tried again (the refill below) for whoever waits; only boots
            // failing again and again fail the waiting processes, and stop the spares' refill.
            this.#failures += 1;
            if (this.#failures < failuresBeforeGivingUp) return;
            for (const reject of this.#failed.splice(0)) reject(error);
            this.#waiting = [];
          },
        )
        .finally(() => {
          this.#booting -= 1;
          this.#refill();
        });
    }
  }

  #deliver(interpreter: Interpreter): void {
    const waiter = this.#waiting.shift();
    if (waiter) {
      this.#failed.shift();
      waiter(interpreter);
    } else this.#ready.push(interpreter);
  }
}

/** The page's interpreters: one pool for every Python run of the page. */
export const interpreters = new InterpreterPool();
