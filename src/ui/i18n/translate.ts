import { textOf, type Language } from '../../i18n/core';
import { useLanguage } from './language';
import { pageText, type TextKey, type TextParams } from './page-text';

export type Translate = <K extends TextKey>(key: K, ...params: TextParams<K>) => string;

/** The page's text `key` in `language`; a number parameter is written for that language. */
export function translate<K extends TextKey>(key: K, language: Language, ...params: TextParams<K>): string {
  const given = (params as Record<string, unknown>[])[0];
  const shown =
    given &&
    Object.fromEntries(
      Object.entries(given).map(([name, value]) => [
        name,
        typeof value === 'number' ? value.toLocaleString(language) : value,
      ]),
    );
  return textOf(pageText, key, language, ...([shown] as unknown as TextParams<K>));
}

/** The translate function for the current language; re-renders when the language changes. */
export function useT(): Translate {
  const language = useLanguage();
  return (key, ...params) => translate(key, language, ...params);
}
