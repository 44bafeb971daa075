import { getContext, hasContext, runSeconds, wallMs } from './context';
import { emit, flushEvents } from './events';
import { say } from './messages';
import { sharedMemoryState } from './shared/require-shared-memory';

/** Wall-clock time in seconds, like Python's time.time(). */
export function time(): number {
  return wallMs() / 1000;
}

/** Milliseconds for `seconds` of the learner's time: every duration is scaled by the run's time scale. */
export function scaledMs(seconds: number): number {
  return seconds * 1000 * (hasContext() ? getContext().run.timeScale : 1);
}

let sleepCell: Int32Array | null = null;
let warnedBusyWait = false;

/**
 * Blocks this worker for `seconds` (× the run's time scale), like Python's time.sleep. It
 * blocks the whole worker, as sleep blocks a Python process: its messages wait until it wakes.
 */
export function sleep(seconds: number): void {
  if (typeof seconds !== 'number' || Number.isNaN(seconds) || seconds < 0) {
    throw new RangeError(say('sleepSeconds', { got: String(seconds) }));
  }
  if (typeof window !== 'undefined') {
    throw new Error(say('sleepOnPage'));
  }
  flushEvents();
  const ms = scaledMs(seconds);
  const shared = sharedMemoryState();
  if (shared === 'ok') {
    sleepCell ??= new Int32Array(new SharedArrayBuffer(4));
    Atomics.wait(sleepCell, 0, 0, ms);
    return;
  }
  // Atomics.wait needs SharedArrayBuffer, which only a cross-origin isolated page has: spin
  // instead. It costs a core while it waits, so say so once, and send it now: the spin keeps
  // the worker from sending anything until it ends.
  if (!warnedBusyWait && hasContext()) {
    warnedBusyWait = true;
    emit({
      type: 'output',
      pid: getContext().pid,
      stream: 'error',
      text: say('busyWait', { why: shared }),
      t: runSeconds(),
    });
    flushEvents();
  }
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // busy-wait: see above
  }
}
