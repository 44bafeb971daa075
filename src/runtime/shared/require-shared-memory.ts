import { say } from '../messages';
/** Shared memory exists only on a cross-origin isolated page: say so, and how to get one. */
export function requireSharedMemory(what: string): void {
  if (typeof SharedArrayBuffer !== 'function' || !crossOriginIsolated) {
    throw new Error(say('needsSharedMemory', { what }));
  }
}

/** Atomics.wait may block a worker, never the page thread. */
export const canBlock = typeof window === 'undefined';
