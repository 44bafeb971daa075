// Starts one Pyodide interpreter in this worker from what the page already has: the
// WebAssembly module compiled once for every interpreter, the standard library's bytes, and
// (after the first interpreter) a memory snapshot of a booted interpreter.
import { loadPyodide, version, type PyodideAPI } from 'pyodide';
import { info } from 'pyodide/pyodide-lock.json';
import asmUrl from 'pyodide/pyodide.asm.mjs?url';

export interface BootAssets {
  /** pyodide.asm.wasm, compiled once on the page and shared by every interpreter. */
  wasm: WebAssembly.Module;
  /**
   * python_stdlib.zip, in shared memory: posting it to a new interpreter copies nothing on the
   * page thread (each worker copies it for itself, as Pyodide needs memory of its own).
   */
  stdlib: SharedArrayBuffer;
  /** A memory snapshot of an interpreter booted with our modules imported, when one exists. */
  snapshot?: SharedArrayBuffer;
}

/**
 * What every interpreter is booted with, here and in the build's snapshot (snapshot-maker.ts):
 * a snapshot only fits an interpreter set up the same way.
 */
export const bootSettings = {
  lockFileContents: { info: { ...info, arch: 'wasm32', version }, packages: {} },
  packageBaseUrl: 'data:,',
  stdin: () => null,
  env: { HOME: '/home/pyodide' },
} satisfies Parameters<typeof loadPyodide>[0];

type CreateModule = NonNullable<Parameters<typeof loadPyodide>[0]>['createPyodideModule'] & {};
type Settings = Parameters<CreateModule>[0];

let createModule: Promise<CreateModule> | null = null;

/**
 * Starts loading pyodide.asm.mjs (1.2 MB of JavaScript) now, so a worker started before the
 * page has compiled the WebAssembly loads it meanwhile (3 s of a 16 s cold start measured at
 * load ~16 on 2 cores, most of it waiting, when it came after).
 */
export function preloadModule(): void {
  createModule ??= import(/* @vite-ignore */ asmUrl).then((m: { default: CreateModule }) => m.default);
}

/**
 * Loads pyodide.asm.mjs natively (it is Emscripten's output, served as a file of the build, not
 * bundled), and has it instantiate the shared module instead of fetching and compiling its own
 * 9.6 MB copy, which took seconds per interpreter.
 */
function moduleFactory(wasm: WebAssembly.Module): CreateModule {
  return async (settings: Settings) => {
    preloadModule();
    const create = await (createModule as Promise<CreateModule>);
    let refused: (error: unknown) => void = () => {};
    const instanceRefused = new Promise<never>((_resolve, reject) => (refused = reject));
    const instantiateWasm: Settings['instantiateWasm'] = (imports, success) => {
      // Pyodide's own fallback for engines that cannot compile its tiny error-marker module.
      const marker = Symbol('error marker');
      const env = imports['env'] as Record<string, unknown>;
      env['Jsv_GetError_import'] = () => marker;
      env['JsvError_Check'] = (value: unknown) => value === marker;
      // Emscripten has no way to hear that the instance was refused (a busy page out of
      // WebAssembly memory, say): without this the boot would wait for ever, and so would the
      // process waiting for this interpreter.
      WebAssembly.instantiate(wasm, imports).then((instance) => success(instance, wasm), refused);
      return {};
    };
    return Promise.race([create({ ...settings, instantiateWasm }), instanceRefused]);
  };
}

export async function bootInterpreter(
  assets: BootAssets,
  o: { makeSnapshot?: boolean } = {},
): Promise<PyodideAPI> {
  const stdLibURL = URL.createObjectURL(new Blob([new Uint8Array(assets.stdlib).slice()]));
  try {
    return await loadPyodide({
      ...bootSettings,
      // Every file comes from the assets above: nothing is fetched by URL but the standard
      // library's blob (indexURL only names the wasm file, which instantiateWasm never fetches).
      indexURL: 'data:,',
      stdLibURL,
      createPyodideModule: moduleFactory(assets.wasm),
      // Pyodide decodes the snapshot's header with a TextDecoder, which refuses shared memory.
      ...(assets.snapshot ? { _loadSnapshot: new Uint8Array(assets.snapshot).slice() } : {}),
      ...(o.makeSnapshot ? { _makeSnapshot: true } : {}),
    });
  } finally {
    URL.revokeObjectURL(stdLibURL);
  }
}
