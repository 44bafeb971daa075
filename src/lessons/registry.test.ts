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
