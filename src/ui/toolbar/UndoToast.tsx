// After Reset or Show solution: says what replaced the learner's files and offers to undo it.
// It stays until the learner undoes, dismisses or types (no timer races a slow reader).
import type { UndoableAction } from '../session/lesson-files';
import { useT } from '../i18n/translate';

export function UndoToast({
  action,
  onUndo,
  onDismiss,
}: {
  action: UndoableAction | null;
  onUndo(): void;
  onDismiss(): void;
}) {
  const t = useT();
  return (
    <div className="undo-region" role="status">
      {action && (
        <div className="undo-toast">
          <span>{action === 'reset' ? t('resetDone') : t('solutionShown')}</span>
          <button type="button" data-testid="undo" onClick={onUndo}>
            {t('undo')}
          </button>
          <button type="button" className="button-quiet" onClick={onDismiss} aria-label={t('dismiss')}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
