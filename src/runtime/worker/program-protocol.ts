// The interface of a program worker (the sandbox's main-process worker): it compiles and links a
// lesson's files, then runs one of them as a main process. The page starts the first program
// of a run; subprocess.run() starts more, which join the same run.
import type { ErrorSummary } from '../events';
import type { Language } from '../messages';

export interface ProgramRequest {
  runId: string;
  epoch: number;
  timeScale: number;
  /** The page's language: the runtime's own error messages are written in it. */
  language: Language;
  /** Every file of the lesson (TypeScript sources), by name. */
  files: Record<string, string>;
  entry: string;
  /** The page's end of the event stream, for the run's first program (see events.ts). */
  events?: MessagePort;
  /** A subprocess joins the running run: its pid, its parent, and the run's pid counter. */
  join?: { pid: number; ppid: number; counters: Int32Array | null };
}

export interface CompileError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface ProgramOutcome {
  exitCode: number;
  error?: ErrorSummary;
  compileError?: CompileError;
}

export interface ProgramApi {
  run(request: ProgramRequest): Promise<ProgramOutcome>;
}
