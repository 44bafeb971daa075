import { getContext } from './context';

/** This process's id: the page is 0, the main process 1, children 2, 3, … per run. */
export function getpid(): number {
  return getContext().pid;
}

export function getppid(): number {
  return getContext().ppid;
}

/** The number of logical cores the browser reports (navigator.hardwareConcurrency). */
export function cpuCount(): number {
  return navigator.hardwareConcurrency || 1;
}

export function currentProcess(): { pid: number; name: string } {
  const { pid, name } = getContext();
  return { pid, name };
}
