// The main process of a learner's run: compiles and links the files here (never on the page
// thread), then hands over to the runtime's main process.
import { expose } from 'comlink';
import childWorkerUrl from '../../runtime/worker/process.worker.ts?worker&url';
import { publicModules } from '../../runtime/public-modules';
import { runMainProcess, type MainProcessResult } from '../../runtime/worker/main-process';
import { compile, ProgramError } from '../program/compile';
import { link } from '../program/link';

export interface RunRequest {
  runId: string;
  epoch: number;
  timeScale: number;
  files: Record<string, string>;
  entry: string;
  events: MessagePort;
}

export type RunOutcome =
  | MainProcessResult
  | { exitCode: 1; compileError: { file: string; line: number; column: number; message: string } };

const api = {
  async run(request: RunRequest): Promise<RunOutcome> {
    let program;
    try {
      const compiled = Object.fromEntries(
        Object.entries(request.files)
          .filter(([name]) => name.endsWith('.ts'))
          .map(([name, source]) => [name, compile(name, source)]),
      );
      const exportNames = Object.fromEntries(
        Object.entries(publicModules).map(([name, ns]) => [name, Object.keys(ns)]),
      );
      program = await link(compiled, request.entry, exportNames);
    } catch (error) {
      if (error instanceof ProgramError) {
        return {
          exitCode: 1,
          compileError: { file: error.file, line: error.line, column: error.column, message: error.message },
        };
      }
      throw error;
    }
    const { runId, epoch, timeScale, events } = request;
    return runMainProcess({ runId, epoch, timeScale, events, workerUrl: childWorkerUrl, program });
  },
};

export type MainProcessApi = typeof api;

expose(api);
