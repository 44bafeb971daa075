// Tries each feature of browser-features.ts the way the runtime uses it, in a module worker like the
// runtime's, and posts back the ones that failed. Nothing here stays behind: the probe file is
// removed and the nested worker ends.
import { workspaceBackend, workspaceRoot } from '../runtime/fs/workspace';
import type { Feature, ProbeReport } from './browser-features';

const failed: ProbeReport['missing'] = [];
const fail = (feature: Feature, error: unknown) =>
  failed.push({
    feature,
    detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  });

async function nestedWorker(): Promise<void> {
  if (typeof Worker !== 'function') throw new Error('Worker is not defined in a worker');
  const source = 'postMessage("up")';
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const worker = new Worker(url, { type: 'module' });
  try {
    await new Promise<void>((resolve, reject) => {
      worker.onmessage = () => resolve();
      worker.onerror = () => reject(new Error('the nested worker failed to start'));
      setTimeout(() => reject(new Error('the nested worker did not start within 20 s')), 20_000);
    });
  } finally {
    worker.terminate();
    URL.revokeObjectURL(url);
  }
}

/**
 * The workspace the runtime's workers would use works here. OPFS is tried by writing a file beside
 * the workspace folder (never in it, where the Files panel would show it); IndexedDB by reading the
 * workspace's top, which opens its database from a worker.
 */
async function fileSystem(): Promise<void> {
  const backend = workspaceBackend();
  if (backend === null) throw new Error('neither OPFS (with createWritable) nor IndexedDB is defined');
  if (backend === 'indexeddb') {
    for await (const name of (await workspaceRoot()).keys()) void name;
    return;
  }
  const root = await navigator.storage.getDirectory();
  const name = `.feature-probe-${crypto.randomUUID()}`;
  try {
    const handle = await root.getFileHandle(name, { create: true });
    const writable = await handle.createWritable();
    await writable.write(new Uint8Array([1, 2, 3]));
    await writable.close();
    if ((await handle.getFile()).size !== 3) throw new Error('a written file reads back wrong');
  } finally {
    await root.removeEntry(name).catch(() => {});
  }
}

async function probe(): Promise<ProbeReport> {
  if (!crossOriginIsolated || typeof SharedArrayBuffer !== 'function') {
    fail('sharedMemory', new Error('SharedArrayBuffer is not defined in a worker of an isolated page'));
    fail('atomicsWait', new Error('Atomics.wait needs a SharedArrayBuffer'));
  } else {
    try {
      const outcome = Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 0);
      if (outcome !== 'timed-out') throw new Error(`Atomics.wait returned ${outcome}`);
    } catch (error) {
      fail('atomicsWait', error);
    }
  }
  await nestedWorker().catch((error: unknown) => fail('nestedWorkers', error));
  await fileSystem().catch((error: unknown) => fail('fileSystem', error));
  return { missing: failed, workspace: workspaceBackend() };
}

void probe().then((report) => postMessage(report));
