import { isolationState, type IsolationReason } from './isolation';
import { useT } from './i18n/translate';
import type { MessageKey } from './i18n/messages';

const reasonMessage: Record<IsolationReason, MessageKey> = {
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
