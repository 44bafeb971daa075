// Whether the lessons can run here, and if not, why: the page is not cross-origin isolated (and
// how to fix the hosting), or it is but the browser lacks a feature the lessons need (which one,
// and what to use instead). The runtime reads the same shared-memory state, so the badge and the
// runtime's errors never disagree.
import { sharedMemoryState } from '../runtime/shared/require-shared-memory';
import FeatureProbe from './browser-features.worker.ts?worker';
import type { ProbeReport } from './browser-features';

export type IsolationReason = 'insecure' | 'no-service-worker' | 'headers';
export type IsolationState = { isolated: true } | { isolated: false; reason: IsolationReason };

export function isolationState(): IsolationState {
  if (window.crossOriginIsolated) return { isolated: true };
  if (!window.isSecureContext) return { isolated: false, reason: 'insecure' };
  if (!('serviceWorker' in navigator)) return { isolated: false, reason: 'no-service-worker' };
  return { isolated: false, reason: 'headers' };
}

/** SharedArray & co. can run on this page (the lesson banner and the badge both ask). */
export function canShareMemory(): boolean {
  return sharedMemoryState() === 'ok';
}

// A module worker may take seconds to start on a loaded machine (measured: 10 s in WebKitGTK).
const probeTimeoutMs = 30_000;
let probed: Promise<ProbeReport> | null = null;

/**
 * The features the lessons need that this browser lacks, and where workers keep the workspace
 * (checked once per page, in a worker).
 */
export function missingFeatures(): Promise<ProbeReport> {
  probed ??= new Promise<ProbeReport>((resolve) => {
    let worker: Worker;
    const done = (report: ProbeReport) => {
      worker.terminate();
      resolve(report);
    };
    const noModuleWorker = (detail: string): ProbeReport => ({
      missing: [{ feature: 'moduleWorkers', detail }],
      workspace: null,
    });
    try {
      worker = new FeatureProbe();
    } catch (error) {
      resolve(noModuleWorker(String(error)));
      return;
    }
    const timer = setTimeout(() => done(noModuleWorker('no answer within 30 s')), probeTimeoutMs);
    worker.onmessage = ({ data }: MessageEvent<ProbeReport>) => {
      clearTimeout(timer);
      done(data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      clearTimeout(timer);
      done(noModuleWorker(event.message || 'it could not start'));
    };
  });
  return probed;
}
