// The selected file: an image (PNG or JPEG, by its bytes) through an object URL, a small text
// file as text, anything else by name and size; always with a download link. The URL is
// revoked when the file changes or the preview goes away.
import { useEffect, useState } from 'react';
import { useT } from '../i18n/translate';
import { sniffKind, sniffLength } from '../../runtime/image/sniff';
import { formatBytes } from './upload-messages';
import { openFile } from '../../runtime/fs/workspace';
import type { WorkspaceFile } from './workspace-tree';

/** Larger text files are only offered for download: the panel stays quick to draw. */
const maxTextPreview = 64 * 1024;

type Loaded =
  | { kind: 'image' | 'other'; url: string }
  | { kind: 'text'; url: string; text: string }
  | { kind: 'failed'; error: string };

export function FilePreview({ file }: { file: WorkspaceFile }) {
  const t = useT();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const { path, name, size, lastModified } = file;
  useEffect(() => {
    let url: string | null = null;
    let gone = false;
    (async () => {
      // A copy of the bytes: an object URL of the OPFS File would go stale if a run rewrote the
      // file before the image or the download read it (see Gallery.tsx).
      const file = await openFile(path);
      const blob = new Blob([await file.arrayBuffer()], { type: file.type });
      const kind = sniffKind(new Uint8Array(await blob.slice(0, sniffLength).arrayBuffer()));
      const text = kind === 'text' && blob.size <= maxTextPreview ? await blob.text() : null;
      if (gone) return;
      url = URL.createObjectURL(blob);
      if (kind === 'png' || kind === 'jpeg') setLoaded({ kind: 'image', url });
      else if (text !== null) setLoaded({ kind: 'text', url, text });
      else setLoaded({ kind: 'other', url });
    })().catch((error: unknown) => {
      if (!gone) setLoaded({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    });
    return () => {
      gone = true;
      setLoaded(null);
      if (url) URL.revokeObjectURL(url);
    };
    // A file rewritten by a run has a new lastModified: read it again.
  }, [path, lastModified]);

  return (
    <div className="file-preview" data-testid="file-preview" data-path={path}>
      <h3 className="file-preview-title">{path}</h3>
      {loaded?.kind === 'failed' && (
        <p className="notice notice-error">{t('previewFailed', { name, error: loaded.error })}</p>
      )}
      {loaded && loaded.kind !== 'failed' && (
        <>
          <p className="file-preview-meta">
            <span>{formatBytes(size, t)}</span>
            <a href={loaded.url} download={name}>
              {t('downloadFile', { name })}
            </a>
          </p>
          {loaded.kind === 'image' && <img src={loaded.url} alt={t('imageAlt', { path })} />}
          {loaded.kind === 'text' && (
            <pre className="file-preview-text" tabIndex={0}>
              {loaded.text}
            </pre>
          )}
          {loaded.kind === 'other' && (
            <p className="panel-empty">{t('previewUnavailable', { name, size: formatBytes(size, t) })}</p>
          )}
        </>
      )}
    </div>
  );
}
