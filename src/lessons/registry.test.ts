import { expect, test } from 'vitest';
import { translateFiles } from './comment-language';
import { registry } from './registry';

test('every lesson folder is complete (a broken one is named by its path)', () => {
  expect(registry.problems).toEqual([]);
  expect(registry.lessons.length).toBeGreaterThan(0);
});

test('lessons are sorted by their folder number', () => {
  const numbers = registry.lessons.map((lesson) => lesson.number);
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
});

test('each lesson loads its prose in both languages, without the front matter, once', async () => {
  for (const lesson of registry.lessons) {
    expect(lesson.loadedProse(), lesson.id).toBeNull();
    const prose = await lesson.loadProse();
    expect(lesson.loadedProse(), lesson.id).toBe(prose);
    for (const text of [prose.en, prose.ja]) {
      expect(text.trim().length, lesson.id).toBeGreaterThan(100);
      expect(text.trimStart().startsWith('---'), lesson.id).toBe(false);
      expect(text, lesson.id).not.toMatch(/^title:/m);
    }
    expect(prose.ja, lesson.id).not.toBe(prose.en);
    expect(lesson.loadProse(), lesson.id).toBe(lesson.loadProse());
  }
});

test("a solution is the starter with solution/'s files laid over it", async () => {
  const compare = registry.lessons.find((lesson) => lesson.id === '14-compare');
  const [starter, solution] = [await compare?.loadFiles(), await compare?.loadSolution()];
  expect(Object.keys(solution ?? {}).sort()).toEqual(Object.keys(starter ?? {}).sort());
  expect(solution?.['main.ts']).not.toBe(starter?.['main.ts']);
  expect(solution?.['images.ts']).toBe(starter?.['images.ts']);
});

test('titles and summaries come from the front matter of each language', () => {
  for (const lesson of registry.lessons) {
    expect(lesson.title.en, lesson.id).not.toBe(lesson.id);
    expect(lesson.title.ja, lesson.id).not.toBe(lesson.title.en);
    expect(lesson.summary.en.length, lesson.id).toBeGreaterThan(0);
  }
});

test("each lesson's comment translations load with it, and its code round-trips through them exactly", async () => {
  for (const lesson of registry.lessons) {
    const comments = await lesson.loadComments();
    expect(
      Object.values(comments).every((text) => typeof text === 'string'),
      lesson.id,
    ).toBe(true);
    // A language switch alone must never turn the starter into a "modified" draft.
    for (const files of [
      await lesson.loadFiles(),
      await lesson.loadSolution(),
      await lesson.loadOriginals(),
    ]) {
      if (!files) continue;
      expect(translateFiles(translateFiles(files, comments, 'ja'), comments, 'en'), lesson.id).toEqual(files);
    }
  }
  const first = registry.lessons.find((lesson) => lesson.id === '01-first-worker');
  expect(Object.keys((await first?.loadComments()) ?? {}).length).toBeGreaterThan(0);
});
