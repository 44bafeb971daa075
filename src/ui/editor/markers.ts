// Run errors as Monaco markers: a file:line:col from a stack trace becomes an underline on the
// word there, with the error's message on hover and F8.
import type { RunMarker } from '../session/run-store';
import { monaco } from './monaco';

export const runMarkerOwner = 'parallel-lab:run';

export function toMonacoMarker(
  model: monaco.editor.ITextModel,
  marker: RunMarker,
): monaco.editor.IMarkerData {
  const line = clamp(marker.line, 1, model.getLineCount());
  const column = clamp(marker.column, 1, model.getLineMaxColumn(line));
  const endLine = clamp(marker.endLine ?? line, line, model.getLineCount());
  let endColumn = marker.endColumn;
  if (endColumn === undefined) {
    // A stack trace names a point; underline the word there, or the rest of the line.
    const word = model.getWordAtPosition({ lineNumber: line, column });
    endColumn = word && word.endColumn > column ? word.endColumn : model.getLineMaxColumn(line);
  }
  return {
    severity: marker.severity === 'warning' ? monaco.MarkerSeverity.Warning : monaco.MarkerSeverity.Error,
    message: marker.message,
    source: 'run',
    startLineNumber: line,
    startColumn: column,
    endLineNumber: endLine,
    endColumn: Math.max(endColumn, endLine === line ? column + 1 : 1),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(Math.round(value), min), max);
}
