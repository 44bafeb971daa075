// TypeScript → JavaScript for one file. Sucrase only strips types and keeps every line where it
// was, so stack traces and error markers point at the learner's own line with no source map.
// (Type errors are the editor's job: Monaco's TypeScript worker shows them as diagnostics.)
// Syntax the engine lacks is lowered here too, on the same lines: `using` declarations, which
// JavaScriptCore (WebKit, Safari) does not parse (lower-using.ts).
import { transform } from 'sucrase';
import { CannotLowerUsing, lowerUsing } from './lower-using';
import { sayIn, type Language } from '../../runtime/messages';

export class ProgramError extends SyntaxError {
  override name = 'SyntaxError';
  constructor(
    message: string,
    readonly file: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${file}:${line}:${column}: ${message}`);
  }
}

function parses(source: string): boolean {
  try {
    new Function(source);
    return true;
  } catch {
    return false;
  }
}

/** Whether this engine runs `using` and `await using` itself (V8 and SpiderMonkey do). */
export const engineHasUsing =
  parses('{ using x = null; }') && parses('return async () => { await using x = null; };');

export interface CompileOptions {
  /** The language of compile errors (default English). */
  language?: Language;
  /** Rewrite `using` declarations (default: when the engine lacks them). */
  lowerUsing?: boolean;
}

function location(code: string, index: number): { line: number; column: number } {
  const before = code.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}

export function compile(file: string, source: string, o: CompileOptions = {}): string {
  let code: string;
  try {
    code = transform(source, { transforms: ['typescript'], disableESTransforms: true, filePath: file }).code;
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    const message = (error as Error).message
      .replace(/^Error transforming [^:]+: /, '')
      .replace(/\s*\(\d+:\d+\)$/, '');
    throw new ProgramError(message, file, loc?.line ?? 1, (loc?.column ?? 0) + 1);
  }
  if (!(o.lowerUsing ?? !engineHasUsing)) return code;
  try {
    return lowerUsing(code);
  } catch (error) {
    if (error instanceof CannotLowerUsing) {
      const { line, column } = location(code, error.index);
      const message = sayIn(o.language ?? 'en', 'usingAtTopLevel', { detail: error.detail });
      throw new ProgramError(message, file, line, column);
    }
    // Syntax this engine's parser rejects too: let the engine say where, as it would anyway.
    if (error instanceof SyntaxError) return code;
    throw error;
  }
}
