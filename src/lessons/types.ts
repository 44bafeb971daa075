import type { RunReport } from '../sandbox/report';

export type Language = 'en' | 'ja';
export type Bilingual = Record<Language, string>;

/** One verdict of a lesson's check (DESIGN §5). */
export interface CheckResult {
  id: string;
  ok: boolean;
  message: string;
}

/** The default export of a lesson's check.ts. */
export type Check = (report: RunReport) => CheckResult[];
