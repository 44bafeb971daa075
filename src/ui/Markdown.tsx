import { useMemo } from 'react';
import { Marked } from 'marked';
import { highlight } from './highlight';

const marked = new Marked({
  gfm: true,
  // Lesson prose is Markdown only (no lesson uses HTML), so no HTML is recognized: a `<` is text,
  // escaped like any text. Passed through, one code span broken across lines put `<script>` at
  // the start of a line and the rest of lesson 14 vanished into a script element.
  tokenizer: { html: () => undefined, tag: () => undefined },
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
