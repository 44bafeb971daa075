// The RunReport's `error` for a Python run that failed: what the main process printed on
// stderr for its uncaught exception, in CPython's format.
import type { RunError } from '../report';

const header = 'Traceback (most recent call last):';
/** The exception line that ends a traceback: `ValueError: bad`, `KeyboardInterrupt`, `_pickle.PicklingError: …`. */
const exceptionLine = /^([A-Za-z_][\w.]*)(?:: ([\s\S]*))?$/;

export function tracebackError(stderrLines: string[], exitCode: number): RunError {
  const last = stderrLines.lastIndexOf(header);
  // The exception line is the first unindented line after the last traceback's frames (a
  // SyntaxError has no "Traceback" line: its file and caret come first).
  const line = stderrLines.slice(last + 1).find((l) => !l.startsWith(' '));
  const match = line === undefined ? null : exceptionLine.exec(line);
  if (match) {
    const name = match[1] as string;
    return {
      name: name.slice(name.lastIndexOf('.') + 1),
      message: match[2] ?? '',
      stack: stderrLines.slice(Math.max(0, stderrLines.indexOf(header))).join('\n'),
    };
  }
  return {
    name: 'SystemExit',
    message: `The program exited with code ${exitCode}`,
    ...(stderrLines.length ? { stack: stderrLines.join('\n') } : {}),
  };
}

/** A line of one of the learner's files that a traceback points at (1-based). */
export interface TracebackLine {
  file: string;
  line: number;
}

// The script's files sit in the interpreter's home folder (python.worker.ts's homePath).
const frame = /^\s*File "(?:\/home\/pyodide\/)?([^"]+)", line (\d+)/;

/**
 * Where a Python error points in the learner's files: for each traceback in `stack` (a pool
 * task's remote traceback, then the main script's; a SyntaxError's has no "Traceback" line), its
 * innermost frame in one of `files`, the line CPython's traceback shows last.
 */
export function tracebackLines(stack: string | undefined, files: readonly string[]): TracebackLine[] {
  // One entry per traceback: its innermost frame in a learner's file so far.
  const innermost: (TracebackLine | null)[] = [null];
  for (const text of (stack ?? '').split('\n')) {
    if (text.trim() === header) innermost.push(null);
    const match = frame.exec(text);
    if (match && files.includes(match[1] as string))
      innermost[innermost.length - 1] = { file: match[1] as string, line: Number(match[2]) };
  }
  const found = innermost.filter((l) => l !== null);
  return found.filter((l, i) => found.findIndex((o) => o.file === l.file && o.line === l.line) === i);
}
