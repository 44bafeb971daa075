// The learner's files as a module graph of blob: URLs. Workers have no import maps, so each
// import specifier is rewritten: "parallel…" to a shim that reads this worker's runtime, "./x" to
// the blob of file x. Every module also gets, on its first line (so no line moves), a call that
// registers its exports (functions travel by reference) and sets import.meta.main.
import { init, parse } from 'es-module-lexer';
import { compile, ProgramError } from './compile';
import { sayIn, type Language } from '../../runtime/messages';
import { modulePrologue, publicModuleShim } from '../../runtime/program/contract';

export interface LinkedProgram {
  entry: string;
  /** blob URL → file name, for the modules reachable from the entry. */
  files: Record<string, string>;
}

const isIdentifier = (name: string) => /^[A-Za-z_$][\w$]*$/.test(name);

function blobUrl(source: string): string {
  return URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
}

function lineColumn(source: string, index: number): { line: number; column: number } {
  const before = source.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/**
 * `sources`: file name → TypeScript. Only the files the entry reaches are compiled, so another
 * file's syntax error (a subprocess's, say) does not stop this program. `runtime`: public module
 * name ("parallel", …) → its export names. Returns blob URLs valid while this worker lives.
 */
export async function link(
  sources: Record<string, string>,
  entry: string,
  runtime: Record<string, string[]>,
  language: Language = 'en',
): Promise<LinkedProgram> {
  await init();
  const shims = new Map(
    Object.entries(runtime).map(([name, exports]) => [
      name,
      blobUrl(
        publicModuleShim(
          name,
          exports.filter((n) => isIdentifier(n) && n !== 'default'),
        ),
      ),
    ]),
  );
  const compiled: Record<string, string> = {};
  const parsedFiles = new Map<string, { code: string } & ReturnType<typeof lexFile>>();
  const parsed = {
    has: (file: string) => file in sources,
    get(file: string) {
      let found = parsedFiles.get(file);
      if (!found) {
        const code = compile(file, sources[file] ?? '', { language });
        compiled[file] = code;
        found = { code, ...lexFile(file, code) };
        parsedFiles.set(file, found);
      }
      return found;
    },
  };
  const urls = new Map<string, string>();
  const visiting: string[] = [];

  const resolveFile = (from: string, specifier: string, at: number): string => {
    const base = from.split('/').slice(0, -1);
    for (const part of specifier.split('/')) {
      if (part === '..') base.pop();
      else if (part !== '.') base.push(part);
    }
    const path = base.join('/');
    const found = [path, `${path}.ts`, `${path}/index.ts`].find((candidate) => parsed.has(candidate));
    if (found) return found;
    const { line, column } = lineColumn(compiled[from] ?? '', at);
    throw new ProgramError(sayIn(language, 'cannotFindFile', { specifier, path }), from, line, column);
  };

  const visit = (file: string): string => {
    const done = urls.get(file);
    if (done) return done;
    if (visiting.includes(file)) {
      const cycle = [...visiting.slice(visiting.indexOf(file)), file].join(' → ');
      throw new ProgramError(sayIn(language, 'importCycle', { cycle }), file, 1, 1);
    }
    visiting.push(file);
    const { code, imports, exports } = parsed.get(file);
    let out = '';
    let last = 0;
    for (const imp of imports) {
      if (imp.type === 'import-meta') continue;
      const specifier = imp.specifier;
      if (specifier === undefined) continue; // a dynamic import of a computed name: left alone
      let target: string;
      if (shims.has(specifier)) target = shims.get(specifier) as string;
      else if (specifier.startsWith('./') || specifier.startsWith('../'))
        target = visit(resolveFile(file, specifier, imp.start));
      else {
        const { line, column } = lineColumn(code, imp.start);
        const known = [...shims.keys()].map((name) => `"${name}"`).join(', ');
        throw new ProgramError(sayIn(language, 'unknownPackage', { specifier, known }), file, line, column);
      }
      // A dynamic import's range includes the quotes; a static import's does not.
      const quoted = /^['"`]/.test(code.slice(imp.start, imp.start + 1));
      out += code.slice(last, imp.start) + (quoted ? JSON.stringify(target) : target);
      last = imp.end;
    }
    out += code.slice(last);
    const url = blobUrl(modulePrologue(exports.filter(isIdentifier)) + out);
    visiting.pop();
    urls.set(file, url);
    return url;
  };

  const entryUrl = visit(entry);
  return { entry: entryUrl, files: Object.fromEntries([...urls].map(([file, url]) => [url, file])) };
}

function lexFile(file: string, code: string) {
  try {
    const [imports, exports] = parse(code, file);
    return {
      imports: [...imports],
      exports: exports.flatMap((e) => (e.type === 'direct' && e.localName ? [e.localName] : [])),
    };
  } catch (error) {
    const index = (error as { idx?: number }).idx ?? 0;
    const { line, column } = lineColumn(code, index);
    throw new ProgramError((error as Error).message, file, line, column);
  }
}
