// The memory snapshot every interpreter of the page starts from, made at build time in Node
// (build/python-snapshot.ts loads this module through Vite): an interpreter booted as the page
// boots one, with our modules imported. Booting from it skips CPython's start and those imports,
// which took most of Python's cold start (measured on the 2-core VM: 30-60 s of a 48-84 s cold
// start under load ~19, 5 s of CPU in Node alone). The snapshot holds no JavaScript objects
// ({"hiwireKeys":[null]}), so one made in Node fits a browser worker; Pyodide refuses one from
// another build of its WebAssembly (build id), and the page then boots the slow way.
import { loadPyodide } from 'pyodide';
import { bootSettings } from './boot';
import { importForSnapshot, installLibrary } from './library';

/** `indexURL`: the folder of the npm package pyodide (Pyodide cannot find it in a Node thread). */
export async function makeSnapshot(indexURL: string): Promise<Uint8Array> {
  const py = await loadPyodide({ ...bootSettings, indexURL, _makeSnapshot: true });
  installLibrary(py);
  importForSnapshot(py);
  return py.makeMemorySnapshot();
}
