// The learner's language: remembered across reloads, readable outside React (window.parallelLab).
import { useSyncExternalStore } from 'react';
import { isLanguage, type Language } from '../../i18n/core';
import { setPageLanguage } from '../../runtime/messages';

const storageKey = 'parallel-lab:language';
const listeners = new Set<() => void>();

function initialLanguage(): Language {
  const saved = localStorage.getItem(storageKey);
  if (isLanguage(saved)) return saved;
  return navigator.language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

let current: Language = initialLanguage();
document.documentElement.lang = current;
// What the runtime says on the page (the Files panel's file errors) follows the page.
setPageLanguage(current);

export function getLanguage(): Language {
  return current;
}

export function setLanguage(language: Language): void {
  if (!isLanguage(language))
    throw new RangeError(`Unknown language "${String(language)}": use "en" or "ja".`);
  current = language;
  localStorage.setItem(storageKey, language);
  document.documentElement.lang = language;
  setPageLanguage(language);
  listeners.forEach((notify) => notify());
}

/** Calls `notify` after each change of language; returns the function that stops it. */
export function subscribeLanguage(notify: () => void): () => void {
  listeners.add(notify);
  return () => listeners.delete(notify);
}

export function useLanguage(): Language {
  return useSyncExternalStore(subscribeLanguage, getLanguage);
}
