// Lesson Markdown imported with `?prose-html` gives its prose, after the front matter, as HTML
// (src/lessons/prose-html.ts): the page shows it as it comes, with no Markdown parser of its own.
//
// The built index.html also starts loading the prose of the lesson in the address (the first
// lesson when the address names none) as the page starts, beside the page's own script: asked for
// by that script, the request waited for it to load and run, and on the busy 2-core host the
// preview server then took another 400 ms to answer (a cold-load trace).
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { parseFrontMatter } from '../src/lessons/front-matter.ts';
import { proseHtml } from '../src/lessons/prose-html.ts';

const query = '?prose-html';
const proseModule = /\/lessons\/([^/]+)\/lesson\.[a-z]+\.md\?prose-html$/;

export function lessonProse(): Plugin {
  let base = '/';
  return {
    name: 'parallel-lab:lesson-prose',
    configResolved(config) {
      base = config.base;
    },
    async load(id) {
      if (!id.endsWith(query)) return null;
      const file = id.slice(0, -query.length);
      this.addWatchFile(file);
      const { body } = parseFrontMatter(await readFile(file, 'utf8'));
      return `export default ${JSON.stringify(proseHtml(body))};`;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks: Record<string, string[]> = {};
        for (const output of Object.values(bundle)) {
          const lesson = output.type === 'chunk' && proseModule.exec(output.facadeModuleId ?? '')?.[1];
          if (lesson) (chunks[lesson] ??= []).push(output.fileName);
        }
        const first = Object.keys(chunks).sort()[0];
        if (first === undefined) return html;
        // The same lesson the page opens (src/ui/route.ts, src/ui/App.tsx).
        const script = `<script>
      // The prose of the lesson in the address loads beside the page's script (build/lesson-prose.ts).
      (() => {
        const prose = ${JSON.stringify(chunks)};
        const lesson = decodeURIComponent(location.hash.replace(/^#\\/?/, ''));
        for (const file of prose[lesson] ?? prose[${JSON.stringify(first)}]) {
          const link = document.createElement('link');
          link.rel = 'modulepreload';
          link.href = ${JSON.stringify(base)} + file;
          document.head.append(link);
        }
      })();
    </script>
    `;
        // Before the first script, so the requests go out before the parser waits for one.
        return html.replace('<script', `${script}<script`);
      },
    },
  };
}
