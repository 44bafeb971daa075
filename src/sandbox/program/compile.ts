// TypeScript → JavaScript for one file. Sucrase only strips types and keeps every line where it
// was, so stack traces and error markers point at the learner's own line with no source map.
// (Type errors are the editor's job: Monaco's TypeScript worker shows them as diagnostics.)
import { transform } from 'sucrase';

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

export function compile(file: string, source: string): string {
  try {
    return transform(source, { transforms: ['typescript'], disableESTransforms: true, filePath: file }).code;
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    const message = (error as Error).message
      .replace(/^Error transforming [^:]+: /, '')
      .replace(/\s*\(\d+:\d+\)$/, '');
    throw new ProgramError(message, file, loc?.line ?? 1, (loc?.column ?? 0) + 1);
  }
}
