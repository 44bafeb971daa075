// Child process workers started before a process asks for one. Most of a new child's start is
// its worker loading and evaluating the runtime (a 105 KB module), which CPython's fork never
// pays: started ahead, a Process or a Pool gets a worker that only has to import the program.
// A worker started ahead has no pid yet, so it knows nothing of the run until spawn.ts starts it.

interface StartedAhead {
  url: string;
  worker: Worker;
  /** Its script failed to load: never hand it out. */
  failed: boolean;
}

const ahead: StartedAhead[] = [];

function startAhead(url: string): StartedAhead {
  const entry: StartedAhead = {
    url,
    worker: new Worker(url, { type: 'module', name: 'child process (started ahead of its pid)' }),
    failed: false,
  };
  // Cancelled, as spawn.ts cancels a started child's: a failure is reported by the child that
  // meets it (takeChildWorker never hands this one out), not as an error of its parent.
  entry.worker.addEventListener(
    'error',
    (event) => {
      event.preventDefault();
      entry.failed = true;
    },
    { once: true },
  );
  return entry;
}

/**
 * Starts `count` workers of `url` now, for the first processes of the run to come. Only these:
 * workers started during a run would take the CPU from the learner's own, so a program that
 * starts more processes than that starts the rest as it asks for them.
 */
export function startChildWorkersAhead(url: string, count: number): void {
  while (ahead.length < count) ahead.push(startAhead(url));
}

/** A worker for a new child process: one started ahead if there is one, else a new one. */
export function takeChildWorker(url: string, name: string): Worker {
  for (let entry = ahead.shift(); entry; entry = ahead.shift()) {
    if (!entry.failed && entry.url === url) return entry.worker;
    entry.worker.terminate();
  }
  return new Worker(url, { type: 'module', name });
}
