// Why the page is or is not cross-origin isolated, so the badge can say how to fix the hosting.
export type IsolationReason = 'insecure' | 'no-service-worker' | 'headers';
export type IsolationState = { isolated: true } | { isolated: false; reason: IsolationReason };

export function isolationState(): IsolationState {
  if (window.crossOriginIsolated) return { isolated: true };
  if (!window.isSecureContext) return { isolated: false, reason: 'insecure' };
  if (!('serviceWorker' in navigator)) return { isolated: false, reason: 'no-service-worker' };
  return { isolated: false, reason: 'headers' };
}
