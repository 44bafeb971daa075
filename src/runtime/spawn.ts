// Starts a child process: a module worker that imports the learner's program (spawn
// semantics), watched so that its death, however it happens, is noticed at once.
import { wrap, type Remote } from 'comlink';
import { allocatePid, getContext, runSeconds } from './context';
import { emit, flushEvents } from './events';
import { WorkerLostError } from './errors';
import { livenessLockName, type ProcessApi, type ProcessInit } from './worker/process-protocol';
import { startedChildren } from './children';
import { takeChildWorker } from './child-workers';
import { registerErrorClasses } from './wire/error-classes';
import { say } from './messages';
import type { ValueSummary } from './summarize';

/** How a child's worker ended without being asked to: its error, when one was reported. */
export interface Loss {
  error?: unknown;
}

export interface Child {
  readonly pid: number;
  readonly name: string;
  readonly api: Remote<ProcessApi>;
  /** The worker itself, for the pool's task messages (which bypass Comlink). */
  readonly worker: Worker;
  /** Resolves when the program is imported (and the initializer ran); rejects with why not. */
  readonly ready: Promise<void>;
  /** Resolves if the worker dies without being asked to (never, after end()). */
  readonly lost: Promise<Loss>;
  /** Records the exit (once) and ends the worker. */
  end(exitCode: number): void;
  /** Ends the worker from outside, as a kill signal would: the death is noticed, not recorded. */
  kill(): void;
  /** Resolves with the exit code once end() was called. */
  readonly exited: Promise<number>;
  readonly exitCode: number | null;
}

export class RuntimeError extends Error {
  override name = 'RuntimeError';
}
registerErrorClasses(RuntimeError);

/** Python's "forgot the __main__ guard" error, in the learner's terms. */
export function assertNotBootstrapping(what: string): void {
  const { bootstrapping, pid } = getContext();
  if (!bootstrapping) return;
  throw new RuntimeError(say('guard', { what, pid }));
}

export function spawnChild(o: {
  name: string;
  initializer?: ProcessInit['initializer'];
  /** A Process's target and arguments, for the run's records. */
  call?: { target: string; args: ValueSummary[] };
}): Child {
  const context = getContext();
  const pid = allocatePid();
  const worker = takeChildWorker(context.run.workerUrl, `pid ${pid} · ${o.name}`);
  const api = wrap<ProcessApi>(worker);
  let exitCode: number | null = null;
  let onLost: (loss: Loss) => void = () => {};
  let onExited: (code: number) => void = () => {};
  const exited = new Promise<number>((resolve) => (onExited = resolve));
  const lost = new Promise<Loss>((resolve) => (onLost = (loss) => exitCode === null && resolve(loss)));

  worker.addEventListener('error', (event) => {
    event.preventDefault();
    onLost({
      error: new Error(
        event instanceof ErrorEvent && event.message ? event.message : 'The worker script failed to load.',
      ),
    });
  });

  const untilLost = <T>(step: Promise<T>): Promise<T> =>
    Promise.race([
      step,
      lost.then((loss): never => {
        throw loss.error ?? new WorkerLostError(say('diedWhileStarting', { pid, name: o.name }));
      }),
    ]);

  emit({ type: 'process-start', pid, ppid: context.pid, name: o.name, t: runSeconds(), ...o.call });
  const lockName = livenessLockName(context.run.id, pid);
  const ready = (async () => {
    await untilLost(api.hold(lockName));
    // Granted only once the worker has let go of the lock: when it no longer exists.
    void navigator.locks.request(lockName, () => onLost({}));
    await untilLost(
      api.start({ pid, ppid: context.pid, name: o.name, run: context.run, initializer: o.initializer }),
    );
  })();
  ready.catch(() => {}); // observed by the owner; this keeps an early failure from going unhandled

  const child: Child = {
    pid,
    name: o.name,
    api,
    worker,
    ready,
    lost,
    exited,
    kill() {
      // A killed worker may not hold its liveness lock yet (still starting), so say it here.
      worker.terminate();
      onLost({});
    },
    get exitCode() {
      return exitCode;
    },
    end(code) {
      if (exitCode !== null) return;
      exitCode = code;
      worker.terminate();
      emit({ type: 'process-exit', pid, exitCode: code, t: runSeconds() });
      flushEvents();
      startedChildren.delete(pid);
      onExited(code);
    },
  };
  startedChildren.add(pid, child);
  return child;
}
