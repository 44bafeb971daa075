// Starts a learner's program and follows it: the page side of a run. The program runs in a
// dedicated main-process worker (never on the page thread); Stop terminates that worker, and
// with it every worker it started, whatever they are doing.
import { transfer, wrap } from 'comlink';
import MainProcessWorker from './worker/main-process.worker.ts?worker';
import type { ProgramApi, ProgramOutcome } from '../runtime/worker/program-protocol';
import { runChannelName, type RuntimeEvent } from '../runtime/events';
import { ReportBuilder, type RunView } from './report-builder';
import { startPythonRun } from './python/python-run';
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

// The main process's exit is its last event; events other workers sent just before may still
// be on their way, so the report waits for that exit event, then a moment more.
const lateEventsMs = 30;
const exitEventTimeoutMs = 2000;

export function startRun(files: Record<string, string>, o: RunOptions = {}): RunningProgram {
  // An entry ending in .py runs Python (DESIGN §8): Pyodide interpreters in workers of their own.
  if (o.entry?.endsWith('.py')) return startPythonRun(files, o);
  const runId = crypto.randomUUID();
  const epoch = performance.timeOrigin + performance.now();
  const seconds = () => (performance.timeOrigin + performance.now() - epoch) / 1000;
  const builder = new ReportBuilder();
  const channel = new BroadcastChannel(runChannelName(runId));
  const worker = new MainProcessWorker({ name: 'pid 1 · MainProcess' });
  let frame: number | null = null;
  let onMainExit: () => void = () => {};
  const mainExitSeen = new Promise<void>((resolve) => (onMainExit = resolve));
  let finished = false;
  let closed = false;
  let finish: (status: RunStatus, error?: RunReport['error']) => void = () => {};
  const report = new Promise<RunReport>((resolve) => {
    finish = (status, error) => {
      if (finished) return;
      finished = true;
      const end = seconds();
      const close = () => {
        closed = true;
        worker.terminate();
        channel.close();
        mainEvents.port1.close();
        if (frame !== null) cancelAnimationFrame(frame);
        if (status === 'stopped' || status === 'timeout') builder.endAll(end, -15);
        const final = builder.report(status, end, error);
        o.onUpdate?.(builder.finalView(final));
        resolve(final);
      };
      if (status === 'stopped' || status === 'timeout') close();
      else {
        // The outcome and the events travel on different channels, in no fixed order: Firefox
        // delivered the outcome first and the last lines up to 1.5 s later. The timeout counts
        // from the outcome, and only covers a main process that died without its exit event.
        setTimeout(onMainExit, exitEventTimeoutMs);
        void mainExitSeen.then(() => setTimeout(close, lateEventsMs));
      }
    };
  });

  const received = (message: MessageEvent<RuntimeEvent[]>) => {
    if (closed) return;
    for (const event of message.data) {
      builder.add(event);
      if (event.type === 'process-exit' && event.pid === 1) onMainExit();
    }
    if (o.onUpdate && frame === null) {
      frame = requestAnimationFrame(() => {
        frame = null;
        if (!closed) o.onUpdate?.(builder.snapshot(seconds()));
      });
    }
  };
  // Child processes report on the run's BroadcastChannel; the main process on its own port.
  channel.onmessage = received;
  const mainEvents = new MessageChannel();
  mainEvents.port1.onmessage = received;
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    finish('error', {
      name: 'Error',
      message: `The program's worker failed: ${event.message || 'it could not start'}`,
    });
  });

  const timer = o.timeLimit === undefined ? null : setTimeout(() => finish('timeout'), o.timeLimit * 1000);
  wrap<ProgramApi>(worker)
    .run(
      transfer(
        {
          runId,
          epoch,
          timeScale: o.timeScale ?? 1,
          language: o.language ?? 'en',
          files,
          entry: o.entry ?? 'main.ts',
          events: mainEvents.port2,
        },
        [mainEvents.port2],
      ),
    )
    .then(
      (outcome: ProgramOutcome) => {
        if (outcome.compileError) {
          const { file, line, column, message } = outcome.compileError;
          finish('error', {
            name: 'SyntaxError',
            message,
            stack: `SyntaxError: ${message}\n    at ${file}:${line}:${column}`,
          });
        } else finish(outcome.exitCode === 0 ? 'ok' : 'error', outcome.error);
      },
      (error: unknown) => finish('error', { name: 'Error', message: String(error) }),
    )
    .finally(() => timer !== null && clearTimeout(timer));

  return { stop: () => finish('stopped'), report };
}
