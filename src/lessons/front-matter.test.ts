import { expect, test } from 'vitest';
import { parseFrontMatter } from './front-matter';

test('front matter gives the attributes and the prose after it', () => {
  const { attributes, body } = parseFrontMatter(
    '---\ntitle: Pool: basics\nsummary: "Two workers"\n---\n# Hi\n',
  );
  expect(attributes).toEqual({ title: 'Pool: basics', summary: 'Two workers' });
  expect(body).toBe('# Hi\n');
});

test('a file without front matter is all prose and has no title', () => {
  expect(parseFrontMatter('# Only prose')).toEqual({ attributes: {}, body: '# Only prose' });
});
