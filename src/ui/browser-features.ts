// What the lessons need from the browser beyond a cross-origin isolated page, each checked by
// doing it (browser-features.worker.ts): an engine can be isolated and still lack one. WebKitGTK,
// for one, is isolated but gives no SharedArrayBuffer unless asked.
import type { WorkspaceBackend } from '../runtime/fs/workspace';

export const features = [
  /** SharedArrayBuffer on an isolated page, in workers: SharedArray, Value, Lock, Queue, sleep(). */
  'sharedMemory',
  /** Atomics.wait in a worker: sleep(), Lock and Queue block without spinning. */
  'atomicsWait',
  /** new Worker(url, { type: 'module' }): every program runs in one. */
  'moduleWorkers',
  /** A worker starting a worker: Process and Pool. */
  'nestedWorkers',
  /** A workspace a worker can use (OPFS, or else IndexedDB), as parallel/fs does. */
  'fileSystem',
] as const;

export type Feature = (typeof features)[number];

/**
 * What the probe worker sends back: the features that failed, each with what went wrong, and
 * where a worker keeps the workspace (as the runtime's workers decide it).
 */
export interface ProbeReport {
  missing: { feature: Feature; detail: string }[];
  workspace: WorkspaceBackend | null;
}
