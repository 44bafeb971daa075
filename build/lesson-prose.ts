// Lesson Markdown imported with `?prose-html` gives its prose, after the front matter, as HTML
// (src/lessons/prose-html.ts): the page shows it as it comes, with no Markdown parser of its own.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { parseFrontMatter } from '../src/lessons/front-matter.ts';
import { proseHtml } from '../src/lessons/prose-html.ts';

const query = '?prose-html';

export function lessonProse(): Plugin {
  return {
    name: 'parallel-lab:lesson-prose',
    async load(id) {
      if (!id.endsWith(query)) return null;
      const file = id.slice(0, -query.length);
      this.addWatchFile(file);
      const { body } = parseFrontMatter(await readFile(file, 'utf8'));
      return `export default ${JSON.stringify(proseHtml(body))};`;
    },
  };
}
