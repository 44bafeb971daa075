import { getLanguage, useLanguage, type Language } from './language';
import { messages, type MessageKey } from './messages';

/** Values for the `{name}` placeholders of a message; numbers are formatted for the language. */
export type MessageParams = Record<string, string | number>;

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translate(
  key: MessageKey,
  language: Language = getLanguage(),
  params?: MessageParams,
): string {
  const template: string = messages[key][language];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? value.toLocaleString(language) : value;
  });
}

/** The translate function for the current language; re-renders when the language changes. */
export function useT(): Translate {
  const language = useLanguage();
  return (key, params) => translate(key, language, params);
}
