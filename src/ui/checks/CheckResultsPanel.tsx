// What the lesson's checks said about the last run: each verdict with a pass/fail icon and its
// words (an icon and a word, never colour alone), a summary, and the lesson's completion.
import type { CheckResult } from '../../lessons/types';
import { Panel } from '../Panel';
import { useT } from '../i18n/translate';
import './checks.css';

export interface CheckResultsPanelProps {
  /** null before the first checked run. */
  checks: readonly CheckResult[] | null;
  running: boolean;
  /** The run is Python's, which the checks do not judge (they judge the TypeScript program). */
  pythonRun?: boolean;
  /** The lesson was completed (now or in an earlier visit). */
  complete: boolean;
}

export function CheckResultsPanel({ checks, running, pythonRun = false, complete }: CheckResultsPanelProps) {
  const t = useT();
  const passed = checks?.filter((check) => check.ok).length ?? 0;
  const allPass = checks !== null && checks.length > 0 && passed === checks.length;
  return (
    <Panel title={t('checks')} testId="check-results" className="checks-panel">
      <div role="status" className="checks-summary">
        {pythonRun ? (
          <p className="checks-python">{t('checksTypeScriptOnly')}</p>
        ) : running ? (
          <p>{t('checksWaiting')}</p>
        ) : checks === null ? (
          <p className="panel-empty">{t('checksNotRun')}</p>
        ) : (
          <p className={allPass ? 'checks-all-pass' : undefined}>
            {t('checksSummary', { passed, total: checks.length })}
          </p>
        )}
        {complete && (
          <p className="lesson-complete">
            <span aria-hidden="true">🎉 </span>
            {allPass ? t('lessonCompleteNow') : t('lessonComplete')}
          </p>
        )}
      </div>
      {checks && checks.length > 0 && !running && !pythonRun && (
        <ul className="check-list">
          {checks.map((check) => (
            <li key={check.id} className={check.ok ? 'check-pass' : 'check-fail'} data-check-id={check.id}>
              <span className="check-icon" aria-hidden="true">
                {check.ok ? '✓' : '✗'}
              </span>
              <span className="visually-hidden">{check.ok ? t('checkPassed') : t('checkFailed')}: </span>
              <span className="check-message">{check.message}</span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
