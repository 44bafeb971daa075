// What each of the lab's Python scripts prints, as templates, and the matcher that judges a run
// against them: the TypeScript starter of a lesson (e2e/lessons.spec.ts), the lesson's
// original/*.py on CPython (the same spec), and later the same .py run in the page (Python mode).
//
// A template is lessons/NN-slug/lab-output/<script>.txt, named after the original/<script>.py it
// describes, written from the lab's description of that script's printed lines. Line by line:
//
//   text               One printed line. Placeholders stand for the parts that change between
//                      runs: `{name}` any text (at least one character), `{name:d}` an integer,
//                      `{name:.2f}` a number with exactly two decimals (Python's format(x, ".2f");
//                      `.4f` four). A name starting with `=` binds: every `{=pid:d}` of a template
//                      must match the same text (the main pid printed twice, say). Everything
//                      else is literal, spaces and `...` included.
//   (an empty line)    An empty printed line: Python's print("\nText") prints one before Text.
//   # comment          Ignored.
//   @any-order … @end  The lines between are printed in an order that is not fixed (they come from
//                      several processes): the next lines of the run must be exactly these, each
//                      once, in any order — except that lines starting with the same `[label] `
//                      (one process's lines) keep their order among themselves. The label is not
//                      part of the printed line.
//   @exit-code N       The script ends with exit code N (0 when not given).
//   @error Text        The script ends with this uncaught error: the last line of its stderr.
//
// Every printed line must match, in order, and no line may be left over. The matcher reads only
// the printed lines (stdout, console.log): exit code and error are for the caller to compare.
//
// Dialects. A Python run is matched character for character ('py'). A TypeScript run ('ts')
// prints values the way console.log does, which differs from Python's repr in two places the lab
// reaches, so in 'ts' both the template and the run are first rewritten to the TypeScript form:
// a tuple of numbers prints as an array, `(0, 250000)` → `[0, 250000]`; a numpy float array prints
// as an array of numbers, `[ 0.  1.  4.]` → `[0, 1, 4]`. Everything else must be as the lab prints.
import type { RunReport } from '../src/sandbox/report';

export type Dialect = 'py' | 'ts';

interface TemplateLine {
  /** The line as the template file has it, without its label (for messages). */
  source: string;
  /** 1-based line in the template file. */
  at: number;
  /** In an any-order group, the lines with the same stream keep their order ('' for none). */
  stream: string;
}

type TemplateItem =
  ({ kind: 'line' } & TemplateLine) | { kind: 'any-order'; at: number; lines: TemplateLine[] };

export interface LabTemplate {
  items: TemplateItem[];
  /** The exit code the script ends with. */
  exitCode: number;
  /** The last line of stderr when the script ends with an uncaught error, else null. */
  error: string | null;
}

export type MatchResult = { ok: true } | { ok: false; problem: string };

export function parseTemplate(text: string): LabTemplate {
  const items: TemplateItem[] = [];
  let group: { kind: 'any-order'; at: number; lines: TemplateLine[] } | null = null;
  let exitCode = 0;
  let error: string | null = null;
  const rows = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  rows.forEach((source, i) => {
    const at = i + 1;
    if (source.startsWith('#')) return;
    const directive = /^@([\w-]+)(?: (.*))?$/.exec(source);
    if (directive) {
      const [, name, argument = ''] = directive;
      if (name === 'any-order' && !group) {
        group = { kind: 'any-order', at, lines: [] };
        items.push(group);
      } else if (name === 'end' && group) group = null;
      else if (name === 'exit-code' && /^\d+$/.test(argument)) exitCode = Number(argument);
      else if (name === 'error' && argument) error = argument;
      else throw new SyntaxError(`line ${at}: unknown or misplaced directive "${source}"`);
      return;
    }
    const labelled = group ? /^\[([^\]]+)\] (.*)$/.exec(source) : null;
    const line = { source: labelled?.[2] ?? source, at, stream: labelled?.[1] ?? '' };
    compile(line.source, at); // a malformed placeholder fails here, when the template is read
    if (group) group.lines.push(line);
    else items.push({ kind: 'line', ...line });
  });
  if (group) throw new SyntaxError(`line ${(group as { at: number }).at}: @any-order without @end`);
  return { items, exitCode, error };
}

interface Compiled {
  regex: RegExp;
  /** The binding name of each capture group ('' for a placeholder that does not bind). */
  names: string[];
}

const placeholder = /\{(=?)(\w*)(?::(d|\.\d+f))?\}/g;

function compile(source: string, at: number): Compiled {
  const names: string[] = [];
  let pattern = '';
  let last = 0;
  for (const m of source.matchAll(placeholder)) {
    const [whole, binds = '', name = '', format] = m;
    pattern += escape(source.slice(last, m.index));
    pattern += format === 'd' ? '(-?\\d+)' : format ? `(-?\\d+\\.\\d{${format.slice(1, -1)}})` : '(.+?)';
    names.push(binds ? name : '');
    last = m.index + whole.length;
  }
  if (/[{}]/.test(source.replace(placeholder, ''))) {
    throw new SyntaxError(`line ${at}: a brace that is not a placeholder in "${source}"`);
  }
  pattern += escape(source.slice(last));
  return { regex: new RegExp(`^${pattern}$`), names };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const number = String.raw`-?\d+(?:\.\d*)?(?:e[-+]?\d+)?`;
// A tuple has a comma: two or more numbers, or one with a trailing comma, `(7,)`.
const tupleOfNumbers = new RegExp(String.raw`\((${number}(?:, ${number})+|${number},)\)`, 'g');
// A numpy array has no commas: two or more numbers between spaces, or one float, `[4.]`.
const numpyArray = new RegExp(String.raw`\[ *(${number}(?: +${number})+|-?\d+\.) *\]`, 'g');

/** The TypeScript form of a line: tuples of numbers and numpy float arrays as console.log prints arrays. */
export function toTypeScriptForm(line: string): string {
  return line
    .replace(numpyArray, (_whole, body: string) => `[${body.split(/ +/).map(Number).join(', ')}]`)
    .replace(tupleOfNumbers, (_whole, body: string) => `[${body.replace(/,$/, '')}]`);
}

type Bindings = ReadonlyMap<string, string>;

/** The bindings after `line` matches `text`, or null when it does not. */
function matchLine(line: Compiled, text: string, bindings: Bindings): Bindings | null {
  const m = line.regex.exec(text);
  if (!m) return null;
  let next: Map<string, string> | null = null;
  for (const [i, name] of line.names.entries()) {
    if (!name) continue;
    const value = m[i + 1] ?? '';
    const bound = (next ?? bindings).get(name);
    if (bound !== undefined && bound !== value) return null;
    next ??= new Map(bindings);
    next.set(name, value);
  }
  return next ?? bindings;
}

/**
 * Assigns each of `texts` to a different one of `lines`, or returns null: any order, except that
 * a line with a stream comes only after the earlier lines of its stream.
 */
function matchGroup(
  lines: (Compiled & { stream: string })[],
  texts: string[],
  bindings: Bindings,
): Bindings | null {
  const used = new Array<boolean>(lines.length).fill(false);
  const ready = (i: number) =>
    !used[i] &&
    lines.every((other, j) => j >= i || used[j] || !other.stream || other.stream !== lines[i]?.stream);
  const assign = (k: number, b: Bindings): Bindings | null => {
    if (k === texts.length) return b;
    for (const [i, line] of lines.entries()) {
      if (!ready(i)) continue;
      const after = matchLine(line, texts[k] ?? '', b);
      if (!after) continue;
      used[i] = true;
      const done = assign(k + 1, after);
      if (done) return done;
      used[i] = false;
    }
    return null;
  };
  return assign(0, bindings);
}

const quote = (text: string) => `«${text}»`;

export function matchTemplate(
  template: LabTemplate,
  printed: readonly string[],
  o: { dialect?: Dialect } = {},
): MatchResult {
  const form = o.dialect === 'ts' ? toTypeScriptForm : (line: string) => line;
  const texts = printed.map(form);
  const compiled = (line: TemplateLine) => compile(form(line.source), line.at);
  let bindings: Bindings = new Map();
  let k = 0;
  for (const item of template.items) {
    if (item.kind === 'line') {
      const text = texts[k];
      if (text === undefined) {
        return {
          ok: false,
          problem: `missing line ${k + 1}: expected ${quote(item.source)} (template line ${item.at})`,
        };
      }
      const after = matchLine(compiled(item), text, bindings);
      if (!after) {
        return {
          ok: false,
          problem: `line ${k + 1}: expected ${quote(item.source)} (template line ${item.at}), printed ${quote(printed[k] ?? '')}`,
        };
      }
      bindings = after;
      k += 1;
      continue;
    }
    const n = item.lines.length;
    const chunk = texts.slice(k, k + n);
    const group = item.lines.map((line) => ({ ...compiled(line), stream: line.stream }));
    const after = chunk.length === n ? matchGroup(group, chunk, bindings) : null;
    if (!after) {
      const wanted = item.lines.map((l) => quote(l.source)).join(', ');
      const got =
        printed
          .slice(k, k + n)
          .map(quote)
          .join(', ') || 'nothing';
      return {
        ok: false,
        problem: `lines ${k + 1}–${k + n}: expected, in any order, ${wanted} (template line ${item.at}); printed ${got}`,
      };
    }
    bindings = after;
    k += n;
  }
  if (k < texts.length) {
    return {
      ok: false,
      problem: `line ${k + 1}: printed ${quote(printed[k] ?? '')} after the last line of the template`,
    };
  }
  return { ok: true };
}

/** The lines a run printed (console.log / stdout), in order; a text with newlines is several lines. */
export function printedLines(report: Pick<RunReport, 'output'>): string[] {
  return report.output.filter((line) => line.stream === 'log').flatMap((line) => line.text.split('\n'));
}
