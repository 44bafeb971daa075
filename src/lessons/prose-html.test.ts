import { afterEach, expect, test } from 'vitest';
import { Marked, type Token, type Tokens } from 'marked';
import { parseFrontMatter } from './front-matter';
import { proseHtml } from './prose-html';
import { registry } from './registry';

// What a lesson's prose says: its source as marked reads it when no HTML is recognized (the
// prose is Markdown only, and no lesson uses HTML). Raw HTML passed through once ate the rest of
// a lesson: a code span broken across lines put `<script>` at the start of a line.
const reference = new Marked({ gfm: true, tokenizer: { html: () => undefined, tag: () => undefined } });

type Kind = 'heading' | 'paragraph' | 'list item' | 'table cell';
interface Expected {
  kind: Kind;
  text: string;
}

const decoder = document.createElement('textarea');
function decodeEntities(text: string): string {
  return text.replace(/&#?\w+;/g, (entity) => {
    decoder.innerHTML = entity;
    return decoder.value;
  });
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text a reader sees of inline tokens. */
function plain(tokens: readonly Token[]): string {
  return tokens
    .map((token): string => {
      switch (token.type) {
        case 'text':
          return 'tokens' in token && token.tokens ? plain(token.tokens) : decodeEntities(token.text);
        case 'escape':
        case 'codespan':
          return (token as Tokens.Codespan).text;
        case 'br':
          return '\n';
        case 'image':
        case 'checkbox':
          return '';
        default:
          return 'tokens' in token && token.tokens ? plain(token.tokens) : token.raw;
      }
    })
    .join('');
}

function expectedOf(tokens: readonly Token[], found: Expected[] = []): Expected[] {
  for (const token of tokens) {
    if (token.type === 'heading' || token.type === 'paragraph') {
      found.push({ kind: token.type, text: normalize(plain((token as Tokens.Heading).tokens)) });
    } else if (token.type === 'list') {
      for (const item of (token as Tokens.List).items) {
        const own = item.tokens.filter((child) => child.type === 'text' || child.type === 'paragraph');
        found.push({ kind: 'list item', text: normalize(own.map((child) => plain([child])).join(' ')) });
        expectedOf(item.tokens, found);
      }
    } else if (token.type === 'table') {
      const table = token as Tokens.Table;
      for (const cell of [...table.header, ...table.rows.flat()]) {
        found.push({ kind: 'table cell', text: normalize(plain(cell.tokens)) });
      }
    } else if (token.type === 'blockquote') {
      expectedOf((token as Tokens.Blockquote).tokens, found);
    }
  }
  return found.filter(({ text }) => text !== '');
}

const selectors: Record<Kind, string> = {
  heading: 'h1, h2, h3, h4, h5, h6',
  paragraph: 'p',
  'list item': 'li',
  'table cell': 'th, td',
};

const sources = import.meta.glob<string>('/lessons/*/lesson.*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** `html` as the page shows it (innerText reads only what is in the document). */
function shownIn(html: string): HTMLElement {
  const container = document.createElement('div');
  container.className = 'prose';
  container.innerHTML = html;
  document.body.append(container);
  return container;
}

afterEach(() => document.querySelectorAll('.prose').forEach((element) => element.remove()));

test('raw HTML in prose is shown as text and never becomes elements; a code span across lines stays whole', async () => {
  const source = [
    'Prints `Completed',
    '<script> in <s> seconds` at the end.',
    '',
    '<script>alert(1)</script>',
    '',
    '## After',
    '',
    'Text with <b>bold</b> and <img src=x onerror="alert(1)">.',
  ].join('\n');
  const container = shownIn(proseHtml(source));
  expect(container.querySelectorAll('script, b, img, s')).toHaveLength(0);
  expect(container.querySelector('code')?.textContent).toBe('Completed <script> in <s> seconds');
  expect(container.querySelector('h2')?.textContent).toBe('After');
  expect(container.innerText).toContain('<script>alert(1)</script>');
  expect(container.innerText).toContain('Text with <b>bold</b> and <img src=x onerror="alert(1)">.');
});

test('every lesson, in both languages, shows the text of every heading, paragraph, list item and table cell of its source', async () => {
  const missing: string[] = [];
  for (const lesson of registry.lessons) {
    // The HTML the page loads (build/lesson-prose.ts), against the Markdown it was made from.
    const prose = await lesson.loadProse();
    for (const language of ['en', 'ja'] as const) {
      const source = parseFrontMatter(sources[`/lessons/${lesson.id}/lesson.${language}.md`] ?? '').body;
      const container = shownIn(prose[language]);
      const shown = (kind: Kind) =>
        [...container.querySelectorAll<HTMLElement>(selectors[kind])].map((element) =>
          normalize(element.innerText),
        );
      const expected = expectedOf(reference.lexer(source));
      for (const { kind, text } of expected) {
        const texts = shown(kind);
        const visible =
          kind === 'list item' ? texts.some((item) => item.includes(text)) : texts.includes(text);
        if (!visible) missing.push(`${lesson.id} (${language}) ${kind}: ${text.slice(0, 80)}`);
      }
      const headings = expected.filter(({ kind }) => kind === 'heading').length;
      if (shown('heading').length !== headings) {
        missing.push(`${lesson.id} (${language}): ${shown('heading').length} of ${headings} headings shown`);
      }
      container.remove();
    }
  }
  expect(missing).toEqual([]);
});
