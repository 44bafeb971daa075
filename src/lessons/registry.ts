// The lessons, found in lessons/NN-slug/ (docs/lessons.md). Only the front matter of every lesson is
// bundled (the lesson list shows all titles); the prose, files, solutions, originals and checks
// of a lesson load when it opens.
import type { Bilingual, Check, CommentTranslations, Language } from './types';

export type LessonFiles = Record<string, string>;

export interface Lesson {
  /** The folder name, e.g. "03-pool-map". */
  id: string;
  number: number;
  title: Bilingual;
  summary: Bilingual;
  /** The prose after the front matter, as HTML, in both languages (one request, then cached). */
  loadProse(): Promise<Bilingual>;
  /** The prose once loadProse() has brought it, else null: a page that started loading it early shows it in its first render. */
  loadedProse(): Bilingual | null;
  /** True when the lesson needs SharedArrayBuffer (a cross-origin isolated page). */
  needsIsolation: boolean;
  loadFiles(): Promise<LessonFiles>;
  /** The starter's files with solution/'s laid over them (a solution holds only what it changes). */
  loadSolution(): Promise<LessonFiles | null>;
  loadOriginals(): Promise<LessonFiles>;
  loadCheck(): Promise<Check>;
  /** The Japanese of the comments in the lesson's code (its comments.ts); none when it has none. */
  loadComments(): Promise<CommentTranslations>;
}

type Loader<T> = () => Promise<T>;

// build/lesson-front-matter.ts answers `?front-matter` with the front matter's attributes.
const frontMatters = import.meta.glob<Record<string, string>>('/lessons/*/lesson.*.md', {
  query: '?front-matter',
  import: 'default',
  eager: true,
});
// build/lesson-prose.ts answers `?prose-html` with the prose as HTML.
const proses = import.meta.glob<string>('/lessons/*/lesson.*.md', {
  query: '?prose-html',
  import: 'default',
});
const starters = import.meta.glob<string>('/lessons/*/files/**', { query: '?raw', import: 'default' });
const solutions = import.meta.glob<string>('/lessons/*/solution/**', { query: '?raw', import: 'default' });
const originals = import.meta.glob<string>('/lessons/*/original/**', { query: '?raw', import: 'default' });
const checks = import.meta.glob<Check>('/lessons/*/check.ts', { import: 'default' });
const comments = import.meta.glob<CommentTranslations>('/lessons/*/comments.ts', { import: 'default' });
const noComments: CommentTranslations = {};

const languages: Language[] = ['en', 'ja'];

function filesUnder(loaders: Record<string, Loader<string>>, prefix: string): Record<string, Loader<string>> {
  const picked: Record<string, Loader<string>> = {};
  for (const [path, load] of Object.entries(loaders)) {
    if (path.startsWith(prefix)) picked[path.slice(prefix.length)] = load;
  }
  return picked;
}

async function loadAll(loaders: Record<string, Loader<string>>): Promise<LessonFiles> {
  const entries = await Promise.all(
    Object.entries(loaders).map(async ([name, load]) => [name, await load()] as const),
  );
  return Object.fromEntries(
    entries.sort(([a], [b]) => (a === 'main.ts' ? -1 : b === 'main.ts' ? 1 : a.localeCompare(b))),
  );
}

function once<T>(load: Loader<T>): Loader<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

async function loadProse(folder: string): Promise<Bilingual> {
  const [en, ja] = await Promise.all(languages.map((lang) => proses[`${folder}lesson.${lang}.md`]?.() ?? ''));
  return { en: en ?? '', ja: ja ?? '' };
}

/** loadProse, once, with what it brought kept for loadedProse. */
function proseOf(folder: string): Pick<Lesson, 'loadProse' | 'loadedProse'> {
  let loaded: Bilingual | null = null;
  const load = once(() =>
    loadProse(folder).then((prose) => {
      loaded = prose;
      return prose;
    }),
  );
  return { loadProse: load, loadedProse: () => loaded };
}

export interface Registry {
  lessons: Lesson[];
  /** What is wrong with each broken lesson folder, by path; broken lessons are left out. */
  problems: string[];
}

export function buildRegistry(): Registry {
  const ids = new Set(Object.keys(frontMatters).map((path) => path.split('/')[2] ?? ''));
  const lessons: Lesson[] = [];
  const problems: string[] = [];
  for (const id of [...ids].sort()) {
    const folder = `/lessons/${id}/`;
    const number = Number(/^(\d+)-/.exec(id)?.[1]);
    const docs = languages.map((lang) => frontMatters[`${folder}lesson.${lang}.md`]);
    const files = filesUnder(starters, `${folder}files/`);
    const solution = filesUnder(solutions, `${folder}solution/`);
    const check = checks[`${folder}check.ts`];
    const found = [
      ...(Number.isInteger(number) ? [] : ['the folder name must start with its number (NN-slug)']),
      ...languages.filter((_, i) => docs[i] === undefined).map((lang) => `lesson.${lang}.md is missing`),
      ...languages
        .filter((_, i) => docs[i] !== undefined && !docs[i]?.title)
        .map((lang) => `lesson.${lang}.md has no title in its front matter`),
      ...('main.ts' in files ? [] : ['files/main.ts is missing']),
      ...(check ? [] : ['check.ts is missing']),
    ];
    problems.push(...found.map((problem) => `${folder}: ${problem}`));
    if (found.length || !check) continue;
    const [en = {}, ja = {}] = docs;
    lessons.push({
      id,
      number,
      title: { en: en.title ?? id, ja: ja.title ?? id },
      summary: { en: en.summary ?? '', ja: ja.summary ?? '' },
      ...proseOf(folder),
      needsIsolation: en.needs === 'isolation',
      loadFiles: () => loadAll(files),
      loadSolution: async () =>
        Object.keys(solution).length ? { ...(await loadAll(files)), ...(await loadAll(solution)) } : null,
      loadOriginals: () => loadAll(filesUnder(originals, `${folder}original/`)),
      loadCheck: check,
      loadComments: comments[`${folder}comments.ts`] ?? (() => Promise.resolve(noComments)),
    });
  }
  lessons.sort((a, b) => a.number - b.number);
  return { lessons, problems };
}

export const registry = buildRegistry();
