import { useMemo } from 'react';
import { Marked } from 'marked';
import { highlight } from './highlight';

const marked = new Marked({
  gfm: true,
  renderer: {
    code({ text, lang }) {
      const highlighted = highlight(text, lang);
      const html = highlighted ?? escapeHtml(text);
      // Focusable: a long line scrolls sideways, and a keyboard must be able to scroll it too.
      return `<pre tabindex="0"><code class="hljs${highlighted !== null ? ` language-${lang}` : ''}">${html}</code></pre>`;
    },
  },
});

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

/** Renders the lesson prose (our own Markdown, from lessons/, never learner input). */
export function Markdown({ source }: { source: string }) {
  const html = useMemo(() => marked.parse(source, { async: false }), [source]);
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
