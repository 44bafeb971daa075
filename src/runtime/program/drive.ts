// Runs one program in a program worker and follows it to its end. The page's Run
// (src/sandbox/run.ts) and subprocess.run() both start programs so.
import { transfer, wrap } from 'comlink';
import { channelBatchesCell, wallMs } from '../context';
import { runChannelName, type ErrorSummary, type RuntimeEvent } from '../events';
import { sayIn } from '../messages';
import type { CompileError, ProgramApi, ProgramRequest } from './contract';

export interface ProgramEnd {
  exitCode: number;
  /** When the program returned (performance.timeOrigin + now(), ms): the events it waits for come after. */
  returnedAt: number;
  /** Why it failed: the main process's uncaught error (which it printed), or why it never ran. */
  error?: ErrorSummary;
  /** Nothing printed `error`: the program did not compile, or its worker or the call to it failed. */
  silent?: true;
}

export interface DrivenProgram {
  /** Resolves when the program has returned (or failed to run): its last events may follow. */
  readonly returned: Promise<void>;
  /** Resolves once the program has ended and the events sent before its end have arrived. */
  readonly ended: Promise<ProgramEnd>;
  /** Ends the program worker at once, and with it every worker it started; stops listening. */
  stop(): void;
}

// The main process's exit is its last event; events other workers sent before it may still be
// on their way. So the end waits for that exit event, then for every batch the run's workers
// counted (events.ts), or, where there are no counters (no isolation), a moment.
const lateEventsMs = 30;
const exitEventTimeoutMs = 2000;
const countedBatchesTimeoutMs = 2000;

function syntaxError({ file, line, column, message }: CompileError): ErrorSummary {
  return { name: 'SyntaxError', message, stack: `SyntaxError: ${message}\n    at ${file}:${line}:${column}` };
}

/**
 * Runs `request` in `worker` (a program worker: src/sandbox/worker/main-process.worker.ts).
 * `onEvents` gets every event of the run as it arrives, those of processes that other programs
 * of the run started too. The run's first program gives its main process a port of its own
 * (`mainPort`): faster than the run's BroadcastChannel, and it moves span arrays instead of
 * copying them.
 */
export function driveProgram(o: {
  worker: Worker;
  request: Omit<ProgramRequest, 'events'>;
  onEvents: (events: RuntimeEvent[]) => void;
  mainPort?: boolean;
}): DrivenProgram {
  const { worker, request } = o;
  const mainPid = request.join?.pid ?? 1;
  let listening = true;
  let onExitEvent: () => void = () => {};
  const exitEventSeen = new Promise<void>((resolve) => (onExitEvent = resolve));
  const received = ({ data }: MessageEvent<RuntimeEvent[]>) => {
    if (!listening) return;
    o.onEvents(data);
    if (data.some((event) => event.type === 'process-exit' && event.pid === mainPid)) onExitEvent();
  };
  // Every batch posted on the channel reaches this object, this thread's own too (only the
  // posting object is left out), so the count can be compared with the run's.
  let arrivedOverChannel = 0;
  let onArrival: () => void = () => {};
  const channel = new BroadcastChannel(runChannelName(request.runId));
  channel.onmessage = (message: MessageEvent<RuntimeEvent[]>) => {
    arrivedOverChannel++;
    received(message);
    onArrival();
  };
  const lateEvents = (): Promise<unknown> => {
    const { counters } = request;
    if (!counters) return new Promise((resolve) => setTimeout(resolve, lateEventsMs));
    const counted = Atomics.load(counters, channelBatchesCell);
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, countedBatchesTimeoutMs);
      onArrival = () => {
        if (arrivedOverChannel < counted) return;
        clearTimeout(timer);
        resolve();
      };
      onArrival();
    });
  };
  const port = o.mainPort ? new MessageChannel() : null;
  if (port) port.port1.onmessage = received;

  const stop = () => {
    listening = false;
    worker.terminate();
    channel.close();
    port?.port1.close();
  };

  const failed = new Promise<ProgramEnd>((resolve) => {
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      const reason = event.message || sayIn(request.language, 'programWorkerDidNotStart');
      resolve({
        exitCode: 1,
        returnedAt: wallMs(),
        silent: true,
        error: { name: 'Error', message: sayIn(request.language, 'programWorkerFailed', { reason }) },
      });
    });
  });
  const api = wrap<ProgramApi>(worker);
  const call = port ? api.run(transfer({ ...request, events: port.port2 }, [port.port2])) : api.run(request);
  const ran = call.then(
    (outcome): ProgramEnd => {
      const returnedAt = wallMs();
      if (!outcome.compileError) {
        return { exitCode: outcome.exitCode, returnedAt, ...(outcome.error ? { error: outcome.error } : {}) };
      }
      return {
        exitCode: outcome.exitCode,
        returnedAt,
        error: syntaxError(outcome.compileError),
        silent: true,
      };
    },
    (error: unknown): ProgramEnd => ({
      exitCode: 1,
      returnedAt: wallMs(),
      silent: true,
      error: { name: 'Error', message: String(error) },
    }),
  );
  const returned = Promise.race([ran, failed]);
  const ended = returned.then(async (end) => {
    if (!end.silent) {
      await Promise.race([exitEventSeen, new Promise((resolve) => setTimeout(resolve, exitEventTimeoutMs))]);
      await lateEvents();
    }
    return end;
  });
  return { returned: returned.then(() => {}), ended, stop };
}
