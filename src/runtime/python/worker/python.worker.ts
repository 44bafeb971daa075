// One Python process: a worker with its own Pyodide interpreter. The page boots it ahead of
// time (a warm spare, as CPython's forkserver keeps one), then gives it a process to be: the
// main script, or a spawned child. It runs that synchronously to the end and is then discarded.
import type { PyodideAPI } from 'pyodide';
import { bootInterpreter, preloadModule } from '../boot';
import { createHost } from '../host';
import { unframePayload } from '../child-frame';
import { createImageHost } from '../image-host';
import { importForSnapshot, installLibrary, libraryOnPath } from '../library';
import type { FromWorker, ProcessStart, ToWorker } from '../protocol';
import { WorkspaceClient } from '../workspace/client';
import { mountWorkspace, type EmscriptenFS, type WorkspaceMount } from '../workspace/emscripten-fs';

/** Where the lesson's files live: the scripts' folder and the working directory. */
export const homePath = '/home/pyodide';

const post = (message: FromWorker) => self.postMessage(message);
let interpreter: PyodideAPI | null = null;
let workspace: { client: WorkspaceClient; mount: WorkspaceMount } | null = null;

async function boot(message: Extract<ToWorker, { type: 'boot' }>): Promise<void> {
  const started = performance.now();
  try {
    const py = await bootInterpreter(message.assets, { makeSnapshot: message.makeSnapshot });
    // The file system is not part of a memory snapshot: our modules are written every time.
    installLibrary(py);
    let snapshot: ArrayBuffer | undefined;
    if (message.makeSnapshot) {
      importForSnapshot(py);
      snapshot = py.makeMemorySnapshot().slice().buffer;
    } else if (!message.assets.snapshot) {
      py.runPython(libraryOnPath);
    }
    if (message.workspace) {
      const client = new WorkspaceClient(message.workspace);
      workspace = { client, mount: mountWorkspace(py.FS as unknown as EmscriptenFS, homePath, client) };
    }
    interpreter = py;
    post({ type: 'booted', ms: performance.now() - started, ...(snapshot ? { snapshot } : {}) });
  } catch (error) {
    post({ type: 'boot-failed', message: String(error) });
  }
}

/**
 * The scripts' folder is the learner's workspace with the lesson's files on top (or, where
 * the browser has no OPFS, a folder of this interpreter's own holding the lesson's files).
 */
function writeFiles(py: PyodideAPI, files: Record<string, string>): void {
  py.FS.mkdirTree(homePath);
  if (workspace) {
    workspace.client.setLessonFiles(files);
    py.FS.chdir(homePath);
    return;
  }
  for (const [name, source] of Object.entries(files)) {
    const path = `${homePath}/${name}`;
    py.FS.mkdirTree(path.slice(0, path.lastIndexOf('/')));
    py.FS.writeFile(path, source);
  }
  py.FS.chdir(homePath);
}

/** Pyodide's exit: os._exit(n) ends the interpreter by throwing Emscripten's ExitStatus. */
function exitStatus(error: unknown): number | null {
  if (error && typeof error === 'object' && 'status' in error && typeof error.status === 'number') {
    return error.status;
  }
  return null;
}

function start(py: PyodideAPI, process: ProcessStart): void {
  const { frame, payload } = unframePayload(process.child?.payload ?? new Uint8Array());
  const host = createHost(process, post, frame);
  py.registerJsModule('_parallel_lab_host', host.module);
  py.registerJsModule('_parallel_lab_image', createImageHost(workspace?.client ?? null));
  writeFiles(py, process.run.files);
  workspace?.mount.onWritten((path) => host.emit(JSON.stringify({ type: 'file', path })));
  py.setStdout({ batched: (line) => host.output('log', line) });
  py.setStderr({ batched: (line) => host.output('error', line) });
  let exitCode = 1;
  try {
    const runner = py.pyimport('_lab_process');
    runner.setup(host.module, process.pid, process.ppid, process.run.language);
    if (frame.script !== undefined) exitCode = runner.run_main(`${homePath}/${frame.script}`, frame.argv);
    else if (process.child) exitCode = runner.run_child(payload);
    else exitCode = runner.run_main(`${homePath}/${process.run.entry}`);
  } catch (error) {
    const status = exitStatus(error);
    if (status !== null) exitCode = status;
    else host.output('error', String(error));
  }
  host.exit(exitCode);
}

preloadModule();

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'boot') void boot(message);
  else if (message.type === 'start') {
    if (!interpreter) throw new Error('A Python worker was given a process before it booted.');
    start(interpreter, message.process);
  }
};
