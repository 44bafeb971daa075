// What the main process must wait for or end when the program finishes: Python joins the
// processes still running, and its Pool finalizers terminate pools left open.
import { say } from './messages';
interface Joinable {
  isAlive(): boolean;
  join(): Promise<void>;
}
interface Terminable {
  terminate(): void;
}

const processes = new Set<Joinable>();
const pools = new Set<Terminable>();

export const liveProcesses = {
  add: (p: Joinable) => processes.add(p),
  delete: (p: Joinable) => processes.delete(p),
};
export const openPools = {
  add: (p: Terminable) => pools.add(p),
  delete: (p: Terminable) => pools.delete(p),
};

/** Joins every process still running, then terminates every pool still open. */
export async function finishChildren(): Promise<void> {
  while (processes.size) await Promise.all([...processes].map((p) => p.join()));
  for (const pool of [...pools]) pool.terminate();
}

const started = new Map<number, { kill(): void }>();

export const startedChildren = {
  add: (pid: number, child: { kill(): void }) => started.set(pid, child),
  delete: (pid: number) => started.delete(pid),
};

/**
 * Ends child process `pid` at once, as os.kill(pid, SIGKILL) does: whatever it was running is
 * lost, and its owner (a Pool, a Process) finds out as it would for any crash.
 */
export function kill(pid: number): void {
  const child = started.get(pid);
  if (!child) {
    throw new Error(say('killNotChild', { pid }));
  }
  child.kill();
}
