// Starts a learner's program and follows it: the page side of a run. The program runs in a
// dedicated main-process worker (never on the page thread); Stop terminates that worker, and
// with it every worker it started, whatever they are doing.
import { driveProgram } from '../runtime/program/drive';
import { newCounters, wallMs } from '../runtime/context';
import { ReportBuilder, type RunView } from './report-builder';
import { startPythonRun } from './python/python-run';
import { prepareProgramWorker, takeProgramWorker } from './program-worker';
import { whenIdle } from './when-idle';
import type { RunReport, RunStatus } from './report';
import type { Language } from '../runtime/messages';

export interface RunOptions {
  /** The entry file (default main.ts). */
  entry?: string;
  /** sleep(s) sleeps s × timeScale (default 1). */
  timeScale?: number;
  /** The language of the runtime's error messages (default English). */
  language?: Language;
  /** Stops the run after this many seconds of wall time, with status "timeout". */
  timeLimit?: number;
  /** Called with the run so far, at most once per animation frame, and once when it ends. */
  onUpdate?: (view: RunView) => void;
}

export interface RunningProgram {
  /** Ends the run at once (status "stopped"). */
  stop(): void;
  readonly report: Promise<RunReport>;
}

export function startRun(files: Record<string, string>, o: RunOptions = {}): RunningProgram {
  // An entry ending in .py runs Python (docs/python-mode.md): Pyodide interpreters in workers of their own.
  if (o.entry?.endsWith('.py')) return startPythonRun(files, o);
  const epoch = wallMs();
  const seconds = () => (wallMs() - epoch) / 1000;
  const builder = new ReportBuilder();
  let frame: number | null = null;
  let closed = false;
  const program = driveProgram({
    worker: takeProgramWorker(),
    request: {
      runId: crypto.randomUUID(),
      epoch,
      timeScale: o.timeScale ?? 1,
      language: o.language ?? 'en',
      files,
      entry: o.entry ?? 'main.ts',
      counters: newCounters(),
    },
    mainPort: true,
    onEvents(events) {
      for (const event of events) builder.add(event);
      if (o.onUpdate && frame === null) {
        frame = requestAnimationFrame(() => {
          frame = null;
          if (!closed) o.onUpdate?.(builder.snapshot(seconds()));
        });
      }
    },
  });

  let finish: (status: RunStatus, error?: RunReport['error'], returnedAt?: number) => void = () => {};
  const report = new Promise<RunReport>((resolve) => {
    finish = (status, error, returnedAt) => {
      if (closed) return;
      closed = true;
      const end = returnedAt === undefined ? seconds() : (returnedAt - epoch) / 1000;
      program.stop();
      if (frame !== null) cancelAnimationFrame(frame);
      if (status === 'stopped' || status === 'timeout') builder.endAll(end, -15);
      const final = builder.report(status, end, error);
      o.onUpdate?.(builder.finalView(final));
      resolve(final);
      // Once the page has shown the report, so that this worker does not slow that down.
      whenIdle(prepareProgramWorker);
    };
  });
  // Once the program has returned, its status is settled: neither Stop nor the time limit
  // changes it while its last events arrive.
  let returned = false;
  const interrupt = (status: 'stopped' | 'timeout') => returned || finish(status);
  const timer = o.timeLimit === undefined ? null : setTimeout(() => interrupt('timeout'), o.timeLimit * 1000);
  void program.returned.then(() => {
    returned = true;
    if (timer !== null) clearTimeout(timer);
  });
  void program.ended.then(({ exitCode, error, returnedAt }) =>
    finish(exitCode === 0 ? 'ok' : 'error', error, returnedAt),
  );
  return { stop: () => interrupt('stopped'), report };
}
