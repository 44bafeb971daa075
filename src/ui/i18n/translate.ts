import { getLanguage, useLanguage, type Language } from './language';
import { messages, type MessageKey } from './messages';

export function translate(key: MessageKey, language: Language = getLanguage()): string {
  return messages[key][language];
}

/** The translate function for the current language; re-renders when the language changes. */
export function useT(): (key: MessageKey) => string {
  const language = useLanguage();
  return (key) => translate(key, language);
}
