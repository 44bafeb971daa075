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
  const [report, setReport] = useState<ProbeReport | null>(null);
  useEffect(() => {
    if (state.isolated) void missingFeatures().then(setReport);
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
  // WebKitGTK and Safari 16.4–18 keep the workspace in IndexedDB (runtime/fs/workspace.ts): the
  // lessons all run, and the learner is told where the files are.
  const note =
    report?.workspace === 'indexeddb' ? (
      <p data-note="workspace-indexeddb">{t('workspaceInIndexedDb')}</p>
    ) : null;
  if (report === null || report.missing.length === 0) {
    const checked = report === null ? 'checking' : 'checked';
    return note ? (
      <details className="badge badge-ok" data-testid="isolation-status" data-checked={checked}>
        <summary title={t('isolatedDetail')}>{t('isolated')}</summary>
        {note}
      </details>
    ) : (
      <span
        className="badge badge-ok"
        data-testid="isolation-status"
        data-checked={checked}
        title={t(report === null ? 'isolatedChecking' : 'isolatedDetail')}
      >
        {t('isolated')}
      </span>
    );
  }
  return (
    <details className="badge badge-warn" data-testid="isolation-status" data-checked="checked" open>
      <summary>{t('isolatedButMissing', { count: report.missing.length })}</summary>
      {report.missing.map(({ feature, detail }) => (
        <p key={feature} data-feature={feature} title={detail}>
          {t(featureMessage[feature])}
        </p>
      ))}
      {note}
    </details>
  );
}
