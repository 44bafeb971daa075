import { expect, test } from 'vitest';
import { pageText, type TextKey } from './page-text';
import { translate } from './translate';

const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** A text's words for parameters that show their own names, and the names it read. */
function render(text: string | ((params: unknown) => string)): { shown: string; read: string[] } {
  if (typeof text === 'string') return { shown: text, read: [] };
  const read = new Set<string>();
  const params = new Proxy({}, { get: (_, name) => (read.add(String(name)), `<${String(name)}>`) });
  return { shown: text(params), read: [...read].sort() };
}

test('every text is written in both languages, each using the same parameters', () => {
  for (const key of Object.keys(pageText) as TextKey[]) {
    const texts = pageText[key] as Record<'en' | 'ja', string | ((params: unknown) => string)>;
    const en = render(texts.en);
    const ja = render(texts.ja);
    expect(en.shown.trim(), key).not.toBe('');
    expect(ja.shown.trim(), key).not.toBe('');
    if (!['appTitle', 'kilobytes', 'megabytes', 'galleryProcessed'].includes(key)) {
      expect(ja.shown, key).toMatch(japanese);
    }
    expect(ja.read, key).toEqual(en.read);
    for (const name of en.read) expect(en.shown, key).toContain(`<${name}>`);
  }
});

test('parameters are filled, numbers written for the language', () => {
  expect(translate('checksSummary', 'en', { passed: 2, total: 3 })).toBe('2 of 3 checks passed');
  expect(translate('checksSummary', 'ja', { passed: 2, total: 3 })).toBe('3 件中 2 件のチェックに合格');
  expect(translate('linesHidden', 'en', { n: 98000 })).toContain('98,000');
  expect(translate('run', 'ja')).toBe('実行');
});

test('a misspelt or missing parameter does not compile', () => {
  // @ts-expect-error `eror` is not a parameter of deleteFailed (it takes path and error)
  expect(translate('deleteFailed', 'en', { path: 'a.png', eror: 'gone' })).not.toContain('{error}');
  // @ts-expect-error deleteFailed needs its parameters
  expect(() => translate('deleteFailed', 'en')).toThrow();
  // @ts-expect-error run takes no parameters
  expect(translate('run', 'en', { x: 1 })).toBe('Run');
});
