import { expect, test } from 'vitest';
import { messages } from './messages';
import { translate } from './translate';

test('every message says the same placeholders in English and Japanese', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const [key, { en, ja }] of Object.entries(messages)) {
    expect(en.trim(), key).not.toBe('');
    expect(ja.trim(), key).not.toBe('');
    expect(placeholders(ja), key).toEqual(placeholders(en));
  }
});

test('placeholders are filled, numbers formatted for the language', () => {
  expect(translate('checksSummary', 'en', { passed: 2, total: 3 })).toBe('2 of 3 checks passed');
  expect(translate('checksSummary', 'ja', { passed: 2, total: 3 })).toBe('3 件中 2 件のチェックに合格');
  expect(translate('linesHidden', 'en', { n: 98000 })).toContain('98,000');
});
