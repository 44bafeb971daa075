// Helpers for lessons' check.ts: every verdict is written in both languages, and the runner
// picks the learner's.
import type { Bilingual, CheckResult, Language } from './types';

let language: Language = 'en';

/** Runs `judge` with verdict messages in `lang`. */
export function inLanguage<T>(lang: Language, judge: () => T): T {
  const previous = language;
  language = lang;
  try {
    return judge();
  } finally {
    language = previous;
  }
}

/** A verdict: `pass` is shown when `ok`, else `fail` (say what to change: it is the hint). */
export function verdict(id: string, ok: boolean, pass: Bilingual, fail: Bilingual): CheckResult {
  return { id, ok, message: (ok ? pass : fail)[language] };
}
