import type { Language } from '../i18n/core';
import type { RunReport } from '../sandbox/report';

export type { Language };
export type Bilingual = Record<Language, string>;

/** One verdict of a lesson's check (docs/testing.md). */
export interface CheckResult {
  id: string;
  ok: boolean;
  message: string;
}

/** The default export of a lesson's check.ts. */
export type Check = (report: RunReport) => CheckResult[];

/**
 * The default export of a lesson's `comments.ts`: the Japanese of every comment in the lesson's
 * starter, solution and original files, keyed by the English. A key is one comment unit as the
 * file has it, with its markers and indentation taken off: a run of whole-line comments
 * (`//` in .ts, `#` in .py) at one indentation, lines joined by "\n" (one space after the marker
 * is part of the marker; a blank line or another indentation starts a new unit); the comment
 * that ends a line of code; or a block comment (`/* … *\/`, `/** … *\/` in .ts), its ` * `
 * gutters and blank first and last lines taken off. Python docstrings are strings, not comments.
 * A translation may have more or fewer lines than its English, except one that ends a line of
 * code (its lines are joined by spaces). The code is written once; the editor shows each file's
 * comments in the learner's language (src/lessons/comment-language.ts, which lists a file's units).
 */
export type CommentTranslations = Readonly<Record<string, string>>;
