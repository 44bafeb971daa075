// A lesson's code is written once, with English comments; its comments.ts gives the Japanese of
// each comment unit (types.ts, CommentTranslations). These pure functions find the comment units
// of a TypeScript or Python source and show them in either language, touching nothing else: the
// editor translates starters, solutions, originals and the learner's drafts in place, and a
// draft saved in one language reads back in the other.
import type { CommentTranslations, Language } from './types';

/** The two languages of lesson code, told apart by file name. */
export type CodeLanguage = 'ts' | 'py';

export function codeLanguageOf(fileName: string): CodeLanguage | null {
  if (/\.py$/i.test(fileName)) return 'py';
  if (/\.[mc]?[jt]sx?$/i.test(fileName)) return 'ts';
  return null;
}

/**
 * One comment as a reader sees it, and the key of its translation:
 * - `lines`: consecutive whole-line comments (`//` or `#`) at one indentation;
 * - `trailing`: the comment that ends a line of code;
 * - `block`: a TypeScript block comment (`/* … *\/`, `/** … *\/`), its ` * ` gutters taken off.
 */
export interface CommentUnit {
  kind: 'lines' | 'trailing' | 'block';
  /** Markers, indentation and surrounding blanks taken off; lines joined by "\n". */
  text: string;
  /** 1-based line where the unit starts (for messages). */
  line: number;
}

/** A comment found by the scanners: offsets of its marker and of the end of its line's text. */
interface RawComment {
  block: boolean;
  start: number;
  end: number;
}

/** Where each line of a unit's text sits in the source, and how to write the unit anew. */
interface LocatedUnit extends CommentUnit {
  lines: { start: number; end: number }[];
  start: number;
  end: number;
  /** The unit written with other lines of text (its markers and indentation kept). */
  write(lines: string[]): string;
}

function lineEnd(source: string, from: number): number {
  const newline = source.indexOf('\n', from);
  return newline < 0 ? source.length : newline;
}

// After these words an expression starts, so a `/` begins a regular expression, not a division.
const wordsBeforeExpression = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'await',
  'yield',
]);

const wordStart = /[\p{L}_$]/u;
const word = /[\p{L}\p{N}_$]+/uy;
const number = /[\w.]+/y;

/** The comments of TypeScript (or JavaScript) source, past strings, templates and regexes. */
function scanTypeScript(source: string): RawComment[] {
  const comments: RawComment[] = [];
  const n = source.length;
  // One entry per open `${` of a template: the brace depth of the code inside it.
  const templates: number[] = [];
  let depth = 0;
  let regexAllowed = true;
  let i = 0;

  /** Scans template text from `i`; stops after the closing backtick or after a `${`. */
  const scanTemplate = (from: number): number => {
    let j = from;
    while (j < n) {
      const c = source[j];
      if (c === '\\') j += 2;
      else if (c === '`') return j + 1;
      else if (c === '$' && source[j + 1] === '{') {
        templates.push(depth);
        depth = 0;
        regexAllowed = true;
        return j + 2;
      } else j++;
    }
    return n;
  };

  while (i < n) {
    const c = source[i] as string;
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = lineEnd(source, i);
      comments.push({ block: false, start: i, end });
      i = end;
    } else if (c === '/' && next === '*') {
      const close = source.indexOf('*/', i + 2);
      const end = close < 0 ? n : close + 2;
      comments.push({ block: true, start: i, end });
      i = end;
    } else if (c === '"' || c === "'") {
      i++;
      while (i < n && source[i] !== c && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1;
      i++;
      regexAllowed = false;
    } else if (c === '`') {
      regexAllowed = false;
      i = scanTemplate(i + 1);
    } else if (c === '/') {
      i = regexAllowed ? skipRegex(source, i) : i + 1;
      regexAllowed = !regexAllowed;
    } else if (wordStart.test(c)) {
      word.lastIndex = i;
      word.test(source);
      regexAllowed = wordsBeforeExpression.has(source.slice(i, word.lastIndex));
      i = word.lastIndex;
    } else if (c >= '0' && c <= '9') {
      number.lastIndex = i;
      number.test(source);
      i = number.lastIndex;
      regexAllowed = false;
    } else if (c === '{') {
      depth++;
      regexAllowed = true;
      i++;
    } else if (c === '}') {
      if (depth === 0 && templates.length) {
        depth = templates.pop() as number;
        regexAllowed = false;
        i = scanTemplate(i + 1);
      } else {
        depth--;
        regexAllowed = true;
        i++;
      }
    } else {
      if (c !== ' ' && c !== '\n' && c !== '\t' && c !== '\r') regexAllowed = c !== ')' && c !== ']';
      i++;
    }
  }
  return comments;
}

/** The end of the regular expression starting at `start` (a `/`), or start + 1 if it is none. */
function skipRegex(source: string, start: number): number {
  let inClass = false;
  for (let i = start + 1; i < source.length; i++) {
    const c = source[i];
    if (c === '\n') return start + 1;
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) {
      let end = i + 1;
      while (end < source.length && /[a-z]/i.test(source[end] as string)) end++;
      return end;
    }
  }
  return start + 1;
}

/** The `#` comments of Python source, past strings (prefixed, triple-quoted, with escapes). */
function scanPython(source: string): RawComment[] {
  const comments: RawComment[] = [];
  const n = source.length;
  let i = 0;
  while (i < n) {
    const c = source[i];
    if (c === '#') {
      const end = lineEnd(source, i);
      comments.push({ block: false, start: i, end });
      i = end;
    } else if (c === '"' || c === "'") {
      const triple = source.startsWith(c.repeat(3), i);
      const close = triple ? c.repeat(3) : c;
      i += close.length;
      while (i < n && !source.startsWith(close, i) && (triple || source[i] !== '\n')) {
        i += source[i] === '\\' ? 2 : 1;
      }
      i += close.length;
    } else i++;
  }
  return comments;
}

/** Line numbers of increasing offsets, counted once through the source. */
function lineCounter(source: string): (offset: number) => number {
  let line = 1;
  let counted = 0;
  return (offset) => {
    for (let i = source.indexOf('\n', counted); i >= 0 && i < offset; i = source.indexOf('\n', i + 1)) {
      line++;
      counted = i + 1;
    }
    return line;
  };
}

/** The text of a line comment: after its marker and one space, trailing blanks off. */
function lineCommentText(
  source: string,
  comment: RawComment,
  marker: string,
): { start: number; end: number } {
  let start = comment.start + marker.length;
  if (source[start] === ' ') start++;
  let end = comment.end;
  while (end > start && /\s/.test(source[end - 1] as string)) end--;
  return { start, end };
}

function locateUnits(source: string, language: CodeLanguage): LocatedUnit[] {
  const marker = language === 'py' ? '#' : '//';
  const newline = source.includes('\r\n') ? '\r\n' : '\n';
  const raw = language === 'py' ? scanPython(source) : scanTypeScript(source);
  const units: LocatedUnit[] = [];
  const lineNumberAt = lineCounter(source);
  // The whole-line comments of the run being gathered, and the line and indentation it is at.
  let run: { comments: RawComment[]; indent: string; lastLine: number } | null = null;

  const closeRun = (): void => {
    if (!run) return;
    const lines = run.comments.map((comment) => lineCommentText(source, comment, marker));
    const first = run.comments[0] as RawComment;
    const spaced = run.comments.some((comment) => source[comment.start + marker.length] === ' ');
    const indent = run.indent;
    units.push({
      kind: 'lines',
      text: lines.map(({ start, end }) => source.slice(start, end)).join('\n'),
      line: run.lastLine - lines.length + 1,
      lines,
      start: first.start,
      end: (lines.at(-1) as { end: number }).end,
      write: (texts) =>
        texts.map((text) => (text ? marker + (spaced ? ' ' : '') + text : marker)).join(newline + indent),
    });
    run = null;
  };

  for (const comment of raw) {
    const lineStart = source.lastIndexOf('\n', comment.start - 1) + 1;
    const before = source.slice(lineStart, comment.start);
    const ownLine = /^[ \t]*$/.test(before);
    const line = lineNumberAt(comment.start);
    if (!comment.block && ownLine) {
      if (run && (run.indent !== before || run.lastLine !== line - 1)) closeRun();
      if (run) {
        run.comments.push(comment);
        run.lastLine = line;
      } else run = { comments: [comment], indent: before, lastLine: line };
      continue;
    }
    closeRun();
    if (comment.block)
      units.push(blockUnit(source, comment, line, before.match(/^[ \t]*/)?.[0] ?? '', newline));
    else {
      const text = lineCommentText(source, comment, marker);
      const spaced = source[comment.start + marker.length] === ' ';
      units.push({
        kind: 'trailing',
        text: source.slice(text.start, text.end),
        line,
        lines: [text],
        start: comment.start,
        end: text.end,
        // A line of code ends in one comment: the lines of a translation share it.
        write: (texts) => marker + (spaced ? ' ' : '') + texts.join(' '),
      });
    }
  }
  closeRun();
  return units.filter((unit) => unit.text !== '');
}

function blockUnit(
  source: string,
  comment: RawComment,
  line: number,
  indent: string,
  newline: string,
): LocatedUnit {
  const closed = source.startsWith('*/', comment.end - 2) && comment.end - comment.start >= 4;
  const opener = source.startsWith('/**', comment.start) && comment.end - comment.start > 4 ? '/**' : '/*';
  const innerEnd = closed ? comment.end - 2 : comment.end;
  const lines: { start: number; end: number }[] = [];
  for (let at = comment.start + opener.length; at <= innerEnd;) {
    const end = Math.min(lineEnd(source, at), innerEnd);
    let start = at;
    while (start < end && /[ \t]/.test(source[start] as string)) start++;
    // The ` * ` gutter of the lines after the first.
    if (lines.length && start < end && source[start] === '*') start++;
    while (start < end && /[ \t]/.test(source[start] as string)) start++;
    let textEnd = end;
    while (textEnd > start && /\s/.test(source[textEnd - 1] as string)) textEnd--;
    lines.push({ start, end: textEnd });
    at = end + 1;
  }
  while (lines.length && lines[0]?.start === lines[0]?.end) lines.shift();
  while (lines.length && lines.at(-1)?.start === lines.at(-1)?.end) lines.pop();
  return {
    kind: 'block',
    text: lines.map(({ start, end }) => source.slice(start, end)).join('\n'),
    line,
    lines,
    start: comment.start,
    end: comment.end,
    // One line of text fits on the opener's line; more take a line each, behind a gutter.
    write: (texts) =>
      texts.length === 1
        ? `${opener} ${texts[0]} */`
        : [opener, ...texts.map((text) => `${indent} *${text ? ' ' + text : ''}`), `${indent} */`].join(
            newline,
          ),
  };
}

/** The comment units of a source, in order: what a comments.ts must translate. */
export function commentUnits(source: string, language: CodeLanguage): CommentUnit[] {
  return locateUnits(source, language).map(({ kind, text, line }) => ({ kind, text, line }));
}

/** The table in the direction of `to`: English → Japanese, or Japanese → English. */
function lookupFor(table: CommentTranslations, to: Language): Map<string, string> {
  const entries = Object.entries(table);
  return new Map(to === 'ja' ? entries : entries.reverse().map(([en, ja]) => [ja, en] as const));
}

function rewrite(source: string, units: LocatedUnit[], lookup: ReadonlyMap<string, string>): string {
  let out = '';
  let at = 0;
  for (const unit of units) {
    const translation = lookup.get(unit.text);
    if (translation === undefined || translation === unit.text) continue;
    // A block comment cannot hold its own end: such a translation would turn comment into code.
    if (unit.kind === 'block' && translation.includes('*/')) continue;
    const texts = translation.split('\n');
    const sameShape =
      texts.length === unit.lines.length &&
      unit.lines.every(({ start, end }, index) => (start === end) === (texts[index] === ''));
    out += source.slice(at, unit.start);
    if (sameShape) {
      // The same number of lines: each line's text in place, every gutter and blank kept.
      let from = unit.start;
      unit.lines.forEach((line, index) => {
        out += source.slice(from, line.start) + texts[index];
        from = line.end;
      });
      out += source.slice(from, unit.end);
    } else out += unit.write(texts);
    at = unit.end;
  }
  return out + source.slice(at);
}

/**
 * `source` with each comment unit the table knows shown in `to`, whichever language it was in;
 * code, unknown comments (the learner's own), markers and indentation stay as they are.
 */
export function translateComments(
  source: string,
  language: CodeLanguage,
  table: CommentTranslations,
  to: Language,
): string {
  return rewrite(source, locateUnits(source, language), lookupFor(table, to));
}

/** Every .ts and .py file of `files` with its comments in `to`; other files as they are. */
export function translateFiles(
  files: Readonly<Record<string, string>>,
  table: CommentTranslations,
  to: Language,
): Record<string, string> {
  const lookup = lookupFor(table, to);
  if (lookup.size === 0) return { ...files };
  return Object.fromEntries(
    Object.entries(files).map(([name, source]) => {
      const language = codeLanguageOf(name);
      return [name, language ? rewrite(source, locateUnits(source, language), lookup) : source];
    }),
  );
}
