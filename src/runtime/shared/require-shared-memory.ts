import { say } from '../messages';

/**
 * Whether this thread can share memory, and if not, why: the page is not cross-origin isolated,
 * or the browser gives no SharedArrayBuffer even to an isolated page (WebKitGTK leaves it off
 * unless started with JSC_useSharedArrayBuffer=1). The isolation badge reads the same state.
 */
export type SharedMemoryState = 'ok' | 'not-isolated' | 'no-shared-array-buffer';

export function sharedMemoryState(): SharedMemoryState {
  if (!crossOriginIsolated) return 'not-isolated';
  return typeof SharedArrayBuffer === 'function' ? 'ok' : 'no-shared-array-buffer';
}

/** Shared memory needs both: say which one is missing, and what to do. */
export function requireSharedMemory(what: string): void {
  const state = sharedMemoryState();
  if (state === 'not-isolated') throw new Error(say('needsSharedMemory', { what }));
  if (state === 'no-shared-array-buffer') throw new Error(say('noSharedArrayBuffer', { what }));
}

/** Atomics.wait may block a worker, never the page thread. */
export const canBlock = typeof window === 'undefined';
