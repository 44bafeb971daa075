// Where an error happened in the learner's files: the first `file.ts:line:column` of its stack.
// Frames of the runtime itself are URLs (http://…/assets/…), never bare lesson file names.

export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

const frame = /(?:^|[\s(])((?:[\w-]+\/)*[\w.-]+\.(?:ts|js|mts|mjs)):(\d+):(\d+)/gm;

/** The first frame in a lesson file (one of `files`, when given), or null. */
export function errorLocation(stack: string | undefined, files?: readonly string[]): SourceLocation | null {
  for (const [, file, line, column] of (stack ?? '').matchAll(frame)) {
    if (file && (!files || files.includes(file))) return { file, line: Number(line), column: Number(column) };
  }
  return null;
}
