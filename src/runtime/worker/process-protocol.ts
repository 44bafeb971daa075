// The interface every process worker exposes to its parent through Comlink (process-api.ts
// implements it); the pool's tasks travel apart from it (task-messages.ts).
import type { RunInfo } from '../context';

export interface ProcessInit {
  pid: number;
  ppid: number;
  name: string;
  run: RunInfo;
  /** Pool workers: an encoded function and arguments to run once before the first task. */
  initializer?: { fn: unknown; args: unknown };
}

export interface ProcessApi {
  /** Takes the process's liveness lock: the parent learns of the worker's death when it frees. */
  hold(lockName: string): Promise<void>;
  /** Imports the learner's program (spawn semantics) and runs the pool initializer, if any. */
  start(init: ProcessInit): Promise<void>;
  /** Runs a Process target; resolves when it returns, rejects with its (encoded) error. */
  runTarget(target: unknown, args: unknown): Promise<void>;
}

export function livenessLockName(runId: string, pid: number): string {
  return `parallel-lab:${runId}:pid-${pid}`;
}
