// What a run of a learner's program produced (DESIGN §5): the contract that lesson checks and
// outside tests read. Times are seconds since the run started.

export type RunStatus = 'ok' | 'error' | 'stopped' | 'timeout';

export interface OutputLine {
  pid: number;
  stream: 'log' | 'error';
  text: string;
  t: number;
}

export interface ProcessRecord {
  pid: number;
  ppid: number;
  name: string;
  start: number;
  end: number | null;
  exitCode: number | null;
}

export interface TaskSpan {
  pid: number;
  fn: string;
  start: number;
  end: number;
  ok: boolean;
}

export interface RunError {
  name: string;
  message: string;
  stack?: string;
}

export interface RunReport {
  status: RunStatus;
  seconds: number;
  output: OutputLine[];
  error?: RunError;
  processes: ProcessRecord[];
  tasks: TaskSpan[];
  files: string[];
  plots: number;
}
