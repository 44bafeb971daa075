/** Shared memory exists only on a cross-origin isolated page: say so, and how to get one. */
export function requireSharedMemory(what: string): void {
  if (typeof SharedArrayBuffer !== 'function' || !crossOriginIsolated) {
    throw new Error(
      `${what} needs SharedArrayBuffer, which the browser only gives to a cross-origin isolated page. ` +
        'This page is not isolated: see the badge at the top of the page for why, and how to fix the hosting.',
    );
  }
}

/** Atomics.wait may block a worker, never the page thread. */
export const canBlock = typeof window === 'undefined';
