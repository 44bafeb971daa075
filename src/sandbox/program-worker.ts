// The program worker of the next run, started before the run asks for it: Run then waits
// neither for the runtime (a 470 KB module) to load nor, at the program's first Process or
// Pool, for a child worker, which that worker starts ahead too (src/runtime/child-workers.ts).
import MainProcessWorker from './worker/main-process.worker.ts?worker';

interface StartedAhead {
  worker: Worker;
  failed: boolean;
}

let ahead: StartedAhead | null = null;

function startProgramWorker(): Worker {
  return new MainProcessWorker({ name: 'pid 1 · MainProcess' });
}

/** Starts the next run's program worker now, if none is waiting. */
export function prepareProgramWorker(): void {
  if (ahead) return;
  const entry: StartedAhead = { worker: startProgramWorker(), failed: false };
  // A worker whose script failed is not handed out: a new one meets the failure in its own run,
  // where driveProgram reports it.
  entry.worker.addEventListener('error', () => (entry.failed = true), { once: true });
  ahead = entry;
}

/** The program worker for a run that starts now. */
export function takeProgramWorker(): Worker {
  const entry = ahead;
  ahead = null;
  if (entry && !entry.failed) return entry.worker;
  entry?.worker.terminate();
  return startProgramWorker();
}
