// The lab's original Python, read-only and highlighted, to compare with the TypeScript.
import { useMemo } from 'react';
import { highlight } from '../highlight';
import { useT } from '../i18n/translate';

export function OriginalSource({ name, code, hidden }: { name: string; code: string; hidden?: boolean }) {
  const t = useT();
  const html = useMemo(() => (name.endsWith('.py') ? highlight(code, 'python') : null), [name, code]);
  return (
    <div className="original-source" hidden={hidden}>
      <p className="original-caption">
        <span className="original-badge">{t('pythonOriginal')}</span> {name} · {t('readOnly')}
      </p>
      {/* Focusable, so a keyboard can scroll it; named, so a screen reader knows what it is. */}
      <pre tabIndex={0} aria-label={t('originalLabel', { name })}>
        {html === null ? (
          <code>{code}</code>
        ) : (
          <code className="hljs language-python" dangerouslySetInnerHTML={{ __html: html }} />
        )}
      </pre>
    </div>
  );
}
