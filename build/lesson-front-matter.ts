// Lesson Markdown imported with `?front-matter` gives only its front matter (title, summary,
// needs) as an object. The lesson list needs every lesson's title at once, while the prose of
// each lesson loads when it opens, so the page's first JavaScript stays small.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { parseFrontMatter } from '../src/lessons/front-matter.ts';

const query = '?front-matter';

export function lessonFrontMatter(): Plugin {
  return {
    name: 'parallel-lab:lesson-front-matter',
    async load(id) {
      if (!id.endsWith(query)) return null;
      const file = id.slice(0, -query.length);
      this.addWatchFile(file);
      const { attributes } = parseFrontMatter(await readFile(file, 'utf8'));
      return `export default ${JSON.stringify(attributes)};`;
    },
  };
}
