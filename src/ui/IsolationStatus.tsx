import { useEffect, useState } from 'react';
import { isolationState, missingFeatures, type IsolationReason } from './isolation';
import type { Feature, ProbeReport } from './browser-features';
import { useT } from './i18n/translate';
import type { PlainTextKey } from './i18n/page-text';

const reasonMessage: Record<IsolationReason, PlainTextKey> = {
  insecure: 'reasonInsecure',
  'no-service-worker': 'reasonNoServiceWorker',
  headers: 'reasonHeaders',
};

const featureMessage: Record<Feature, PlainTextKey> = {
  sharedMemory: 'missingSharedMemory',
  atomicsWait: 'missingAtomicsWait',
  moduleWorkers: 'missingModuleWorkers',
  nestedWorkers: 'missingNestedWorkers',
  fileSystem: 'missingFileSystem',
};

export function IsolationStatus() {
  const t = useT();
  const state = isolationState();
  const [missing, setMissing] = useState<ProbeReport | null>(null);
  useEffect(() => {
    if (state.isolated) void missingFeatures().then(setMissing);
  }, [state.isolated]);

  if (!state.isolated) {
    return (
      <details className="badge badge-warn" data-testid="isolation-status" open>
        <summary>{t('notIsolated')}</summary>
        <p>{t(reasonMessage[state.reason])}</p>
        <p>{t('notIsolatedEffect')}</p>
      </details>
    );
  }
  if (missing === null || missing.length === 0) {
    return (
      <span
        className="badge badge-ok"
        data-testid="isolation-status"
        data-checked={missing === null ? 'checking' : 'checked'}
        title={t(missing === null ? 'isolatedChecking' : 'isolatedDetail')}
      >
        {t('isolated')}
      </span>
    );
  }
  return (
    <details className="badge badge-warn" data-testid="isolation-status" data-checked="checked" open>
      <summary>{t('isolatedButMissing', { count: missing.length })}</summary>
      {missing.map(({ feature, detail }) => (
        <p key={feature} data-feature={feature} title={detail}>
          {t(featureMessage[feature])}
        </p>
      ))}
    </details>
  );
}
