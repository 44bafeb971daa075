// Processed images beside their originals (see gallery-pairs.ts): one row per original, its
// processed versions after it, each captioned with what the program added to its name. An image
// is read when it scrolls into view, so a gallery of dozens costs only the ones seen.
import { useEffect, useId, useMemo, useState } from 'react';
import { useT } from '../i18n/translate';
import { galleryPairs, type GalleryPair } from './gallery-pairs';
import { openFile } from '../../runtime/fs/workspace';
import type { WorkspaceFile } from './workspace-tree';

export function Gallery({ files }: { files: readonly WorkspaceFile[] }) {
  const t = useT();
  const headingId = useId();
  const pairs = useMemo(() => galleryPairs(files.map((f) => f.path)), [files]);
  // A file's version changes when a run rewrites it: only then is its image read again.
  const versions = useMemo(() => new Map(files.map((f) => [f.path, `${f.lastModified}:${f.size}`])), [files]);
  const groups = Map.groupBy(pairs, (pair) => pair.original);
  return (
    <section className="gallery" aria-labelledby={headingId} data-testid="gallery">
      <h3 id={headingId}>{t('gallery')}</h3>
      {groups.size === 0 ? (
        <p className="panel-empty">{t('galleryEmpty')}</p>
      ) : (
        <ul className="gallery-rows">
          {[...groups].map(([original, group]) => (
            <GalleryRow key={original} original={original} pairs={group} versions={versions} />
          ))}
        </ul>
      )}
    </section>
  );
}

function GalleryRow({
  original,
  pairs,
  versions,
}: {
  original: string;
  pairs: readonly GalleryPair[];
  versions: ReadonlyMap<string, string>;
}) {
  const t = useT();
  return (
    <li className="gallery-row" data-original={original}>
      <figure className="gallery-original">
        <Thumb
          path={original}
          version={versions.get(original)}
          alt={t('galleryOriginal', { path: original })}
        />
        <figcaption>{original.slice(original.lastIndexOf('/') + 1)}</figcaption>
      </figure>
      {pairs.map((pair) => (
        <figure key={pair.processed} className="gallery-processed" data-processed={pair.processed}>
          <Thumb
            path={pair.processed}
            version={versions.get(pair.processed)}
            alt={t('galleryProcessed', { label: pair.label, path: pair.processed })}
          />
          <figcaption>{pair.label}</figcaption>
        </figure>
      ))}
    </li>
  );
}

/**
 * An image read when it first scrolls into view, and again when its file changes. The bytes are
 * copied out of the Origin Private File System: an object URL of the File itself would go stale
 * when a run rewrites the file before the image loads (Chromium then fails the load with
 * ERR_UPLOAD_FILE_CHANGED).
 */
function Thumb({ path, version, alt }: { path: string; version: string | undefined; alt: string }) {
  const [element, setElement] = useState<Element | null>(null);
  const [seen, setSeen] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!element || seen) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, seen]);
  useEffect(() => {
    if (!seen || version === undefined) return;
    let made: string | null = null;
    let gone = false;
    openFile(path)
      .then(async (file) => new Blob([await file.arrayBuffer()], { type: file.type }))
      .then(
        (copy) => {
          if (gone) return;
          made = URL.createObjectURL(copy);
          setUrl(made);
        },
        // Deleted or rewritten while being read: the tree's next version reads it again.
        () => {},
      );
    return () => {
      gone = true;
      if (made) URL.revokeObjectURL(made);
    };
  }, [seen, path, version]);
  return url ? (
    <img ref={setElement} src={url} alt={alt} decoding="async" />
  ) : (
    <span ref={setElement} className="gallery-placeholder" role="img" aria-label={alt} />
  );
}
