// A program worker: compiles and links the lesson's files here (never on the page thread), then
// runs the entry as a main process. The page starts one per run; subprocess.run() starts more.
import { expose } from 'comlink';
import childWorkerUrl from '../../runtime/worker/process.worker.ts?worker&url';
import { publicModules } from '../../runtime/public-modules';
import { runMainProcess } from '../../runtime/worker/main-process';
import { installWireHandlers } from '../../runtime/wire/handlers';
import { startChildWorkersAhead } from '../../runtime/child-workers';
import { cpuCount } from '../../runtime/process-info';
import type { ProgramApi } from '../../runtime/program/contract';
import { ProgramError } from '../program/compile';
import { link } from '../program/link';

const api: ProgramApi = {
  async run(request) {
    let program;
    try {
      const exportNames = Object.fromEntries(
        Object.entries(publicModules).map(([name, ns]) => [name, Object.keys(ns)]),
      );
      program = await link(request.files, request.entry, exportNames, request.language);
    } catch (error) {
      if (!(error instanceof ProgramError)) throw error;
      const { file, line, column, message } = error;
      return { exitCode: 1, compileError: { file, line, column, message } };
    }
    const { runId, epoch, timeScale, language, counters, events, join } = request;
    return runMainProcess({
      runId,
      epoch,
      timeScale,
      language,
      counters,
      ...(events ? { events } : {}),
      ...(join ? { join } : {}),
      sources: request.files,
      workerUrl: childWorkerUrl,
      programWorkerUrl: self.location.href,
      program,
    });
  },
};

installWireHandlers();
// A Pool() has a worker per core. Each idle worker started ahead holds a runtime of its own, so a
// many-core machine starts four; further processes start as they are asked for.
startChildWorkersAhead(childWorkerUrl, Math.min(cpuCount(), 4));
expose(api);
