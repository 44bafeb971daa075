// A Japanese learner reads no English in the editor: every comment of a lesson's starter,
// solution and original Python has its Japanese in the lesson's comments.ts, and the table holds
// nothing else (an entry no file uses is a comment that was reworded and not retranslated).
import { describe, expect, test } from 'vitest';
import { codeLanguageOf, commentUnits } from '../src/lessons/comment-language';
import type { CommentTranslations } from '../src/lessons/types';

const code = import.meta.glob<string>('./*/{files,solution,original}/**', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const tables = import.meta.glob<CommentTranslations>('./*/comments.ts', { import: 'default', eager: true });
const lessonIds = [
  ...new Set(Object.keys(import.meta.glob('./*/lesson.en.md')).map((path) => path.split('/')[1] ?? '')),
].sort();

/** Each comment unit of a lesson's code, with the files it appears in. */
function unitsOf(id: string): Map<string, string[]> {
  const units = new Map<string, string[]>();
  for (const [path, source] of Object.entries(code)) {
    const language = codeLanguageOf(path);
    if (!path.startsWith(`./${id}/`) || !language) continue;
    for (const unit of commentUnits(source, language)) {
      units.set(unit.text, [...(units.get(unit.text) ?? []), `${path.slice(id.length + 3)}:${unit.line}`]);
    }
  }
  return units;
}

const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** The comments with no translation, each with where it is ("files/main.ts:3: text"). */
function missing(units: Map<string, string[]>, table: CommentTranslations): string[] {
  return [...units]
    .filter(([text]) => !(text in table))
    .map(([text, where]) => `${where.join(', ')}: ${text}`);
}

/** Translations no file uses, not in Japanese, or shared by two comments (a draft could not read back). */
function unfit(units: Map<string, string[]>, table: CommentTranslations): string[] {
  const values = Object.values(table);
  return [
    ...Object.keys(table).filter((text) => !units.has(text)),
    ...values.filter((ja) => !japanese.test(ja)),
    ...values.filter((ja, i) => values.indexOf(ja) !== i),
  ];
}

describe.each(lessonIds)('lesson %s', (id) => {
  const units = unitsOf(id);
  const table = tables[`./${id}/comments.ts`] ?? {};

  test('every comment of its files, solution and original has a Japanese translation', () => {
    expect(missing(units, table)).toEqual([]);
  });

  test('every translation is used, reads as Japanese, and is its own (so a draft reads back)', () => {
    expect(unfit(units, table)).toEqual([]);
  });
});

test('a reworded comment, an English or a shared translation, or no comments.ts at all is found out', () => {
  const units = unitsOf('01-first-worker');
  const table = tables['./01-first-worker/comments.ts'] ?? {};
  const [first = '', second = ''] = Object.keys(table);
  const rest = Object.fromEntries(Object.entries(table).filter(([text]) => text !== first));
  expect(units.size).toBeGreaterThan(3);
  expect(missing(units, {})).toHaveLength(units.size);
  expect(missing(units, { ...rest, [`${first}!`]: table[first] ?? '' })).toHaveLength(1);
  expect(unfit(units, { ...rest, [`${first}!`]: table[first] ?? '' })).toEqual([`${first}!`]);
  expect(unfit(units, { ...table, [first]: 'Start one worker.' })).toEqual(['Start one worker.']);
  expect(unfit(units, { ...table, [second]: table[first] ?? '' })).toEqual([table[first]]);
});
