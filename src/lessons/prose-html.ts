// A lesson's prose, Markdown to HTML. It runs at build time (build/lesson-prose.ts), so the page
// loads each lesson's prose as HTML and neither marked nor highlight.js is in the page: with
// them, the first lesson text waited for marked's grammar to be built (49 ms) and the prose to
// be parsed and highlighted (141 ms) in a trace of a cold load on the busy 2-core host.
import { Marked } from 'marked';
import { highlight } from './highlight.ts';

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

/** The HTML of lesson prose (our own Markdown, from lessons/, never learner input). */
export function proseHtml(markdown: string): string {
  return marked.parse(markdown, { async: false });
}
