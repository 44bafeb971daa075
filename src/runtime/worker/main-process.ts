// The main process of a run (pid 1): imports the entry module with import.meta.main true, then,
// like Python at exit, joins the processes still running and terminates pools left open.
import { createRun, runSeconds, setContext, type ProgramInfo } from '../context';
import { connectEvents, emit, flushEvents, type ErrorSummary } from '../events';
import { finishChildren } from '../children';
import { learnerStack } from '../errors';
import { formatLog } from '../format';
import { installPublicModules } from '../public-modules';
import { captureConsole } from './console-capture';
import { importProgram, installProgramHooks } from './program-hooks';
import type { ProgramOutcome, ProgramRequest } from '../program/contract';

export interface MainProcessRequest extends Omit<ProgramRequest, 'files' | 'entry'> {
  /** The child process worker script. */
  workerUrl: string;
  /** The program worker script, for subprocess.run(). */
  programWorkerUrl: string;
  sources: Record<string, string>;
  program: ProgramInfo;
}

function summarize(error: unknown): ErrorSummary {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: learnerStack(error) };
  return { name: 'Error', message: formatLog([error]) };
}

export async function runMainProcess(request: MainProcessRequest): Promise<ProgramOutcome> {
  const run = createRun({ ...request, id: request.runId });
  const pid = request.join?.pid ?? 1;
  const ppid = request.join?.ppid ?? 0;
  setContext({ pid, ppid, name: 'MainProcess', run, bootstrapping: false });
  connectEvents(run, request.events);
  installPublicModules();
  captureConsole();
  installProgramHooks(request.program.entry);
  const report = (error: unknown, prefix: string) => {
    const summary = summarize(error);
    emit({
      type: 'output',
      pid,
      stream: 'error',
      text: prefix + (summary.stack ?? `${summary.name}: ${summary.message}`),
      t: runSeconds(),
    });
    return summary;
  };
  // An error nobody awaited does not stop the program (as an exception in a Python thread
  // does not), but the learner must see it.
  self.addEventListener('unhandledrejection', (event) => {
    event.preventDefault();
    report(event.reason, 'Unhandled rejection (a promise failed and nothing awaited it):\n');
  });
  emit({ type: 'process-start', pid, ppid, name: 'MainProcess', t: runSeconds() });
  let result: ProgramOutcome = { exitCode: 0 };
  try {
    await importProgram();
  } catch (error) {
    result = { exitCode: 1, error: report(error, '') };
  }
  await finishChildren();
  emit({
    type: 'process-exit',
    pid,
    exitCode: result.exitCode,
    t: runSeconds(),
    ...(result.error ? { error: result.error } : {}),
  });
  flushEvents();
  return result;
}
