import { expect, test } from 'vitest';
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
    const prose = await lesson.loadProse();
    for (const text of [prose.en, prose.ja]) {
      expect(text.trim().length, lesson.id).toBeGreaterThan(100);
      expect(text.trimStart().startsWith('---'), lesson.id).toBe(false);
      expect(text, lesson.id).not.toMatch(/^title:/m);
    }
    expect(prose.ja, lesson.id).not.toBe(prose.en);
    expect(lesson.loadProse(), lesson.id).toBe(lesson.loadProse());
  }
});

test('titles and summaries come from the front matter of each language', () => {
  for (const lesson of registry.lessons) {
    expect(lesson.title.en, lesson.id).not.toBe(lesson.id);
    expect(lesson.title.ja, lesson.id).not.toBe(lesson.title.en);
    expect(lesson.summary.en.length, lesson.id).toBeGreaterThan(0);
  }
});
