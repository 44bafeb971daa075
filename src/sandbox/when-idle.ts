// Runs `work` once the page is idle. Safari has no requestIdleCallback (WebKitGTK 2.50 here
// threw "Can't find variable: requestIdleCallback" at the end of every run): a short timeout
// stands in there.
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: 5000 });
  else setTimeout(work, 200);
}
