import { isolationState, type IsolationReason } from './isolation';
import { useT } from './i18n/translate';
import type { PlainTextKey } from './i18n/page-text';

const reasonMessage: Record<IsolationReason, PlainTextKey> = {
  insecure: 'reasonInsecure',
  'no-service-worker': 'reasonNoServiceWorker',
  headers: 'reasonHeaders',
};

export function IsolationStatus() {
  const t = useT();
  const state = isolationState();
  if (state.isolated) {
    return (
      <span className="badge badge-ok" data-testid="isolation-status" title={t('isolatedDetail')}>
        {t('isolated')}
      </span>
    );
  }
  return (
    <details className="badge badge-warn" data-testid="isolation-status" open>
      <summary>{t('notIsolated')}</summary>
      <p>{t(reasonMessage[state.reason])}</p>
      <p>{t('notIsolatedEffect')}</p>
    </details>
  );
}
