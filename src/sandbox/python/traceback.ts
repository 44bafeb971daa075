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
