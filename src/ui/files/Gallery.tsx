// Processed images beside their originals (see gallery-pairs.ts): one row per original, its
// processed versions after it, each captioned with what the program added to its name. Images
// load lazily, so a gallery of dozens costs only the ones scrolled into view.
import { useEffect, useId, useMemo, useState } from 'react';
import { useT } from '../i18n/translate';
import { galleryPairs, type GalleryPair } from './gallery-pairs';
import { readWorkspaceFile, type WorkspaceFile } from './workspace';

export function Gallery({ files }: { files: readonly WorkspaceFile[] }) {
  const t = useT();
  const headingId = useId();
  const pairs = useMemo(() => galleryPairs(files.map((f) => f.path)), [files]);
  // Object URLs are made again only when a shown file changed (path, time or size), not on
  // every refresh of the tree: images that did not change do not reload.
  const versions = files
    .filter((f) => pairs.some((p) => p.original === f.path || p.processed === f.path))
    .map((f) => `${f.path}\n${f.lastModified}\n${f.size}`)
    .join('\n');
  const urls = useObjectUrls(versions);
  const groups = Map.groupBy(pairs, (pair) => pair.original);
  return (
    <section className="gallery" aria-labelledby={headingId} data-testid="gallery">
      <h3 id={headingId}>{t('gallery')}</h3>
      {groups.size === 0 ? (
        <p className="panel-empty">{t('galleryEmpty')}</p>
      ) : (
        <ul className="gallery-rows">
          {[...groups].map(([original, group]) => (
            <GalleryRow key={original} original={original} pairs={group} urls={urls} />
          ))}
        </ul>
      )}
    </section>
  );
}

function GalleryRow({
  original,
  pairs,
  urls,
}: {
  original: string;
  pairs: readonly GalleryPair[];
  urls: ReadonlyMap<string, string>;
}) {
  const t = useT();
  return (
    <li className="gallery-row" data-original={original}>
      <figure className="gallery-original">
        <Thumb url={urls.get(original)} alt={t('galleryOriginal', { path: original })} />
        <figcaption>{original.slice(original.lastIndexOf('/') + 1)}</figcaption>
      </figure>
      {pairs.map((pair) => (
        <figure key={pair.processed} className="gallery-processed" data-processed={pair.processed}>
          <Thumb
            url={urls.get(pair.processed)}
            alt={t('galleryProcessed', { suffix: pair.suffix, path: pair.processed })}
          />
          <figcaption>{pair.suffix}</figcaption>
        </figure>
      ))}
    </li>
  );
}

function Thumb({ url, alt }: { url: string | undefined; alt: string }) {
  return url ? (
    <img src={url} alt={alt} loading="lazy" decoding="async" />
  ) : (
    <span className="gallery-placeholder" role="img" aria-label={alt} />
  );
}

/** An object URL per path in `versions` (lines of path, time, size); revoked when they change. */
function useObjectUrls(versions: string): ReadonlyMap<string, string> {
  const [urls, setUrls] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    const lines = versions ? versions.split('\n') : [];
    const paths = lines.filter((_, i) => i % 3 === 0);
    const made: string[] = [];
    let gone = false;
    Promise.all(
      paths.map(async (path) => {
        // Getting a File from OPFS reads no bytes; the <img> reads them when it comes into view.
        const file = await readWorkspaceFile(path).catch(() => null);
        return [path, file] as const;
      }),
    ).then((found) => {
      if (gone) return;
      const next = new Map<string, string>();
      for (const [path, file] of found) {
        if (!file) continue;
        const url = URL.createObjectURL(file);
        made.push(url);
        next.set(path, url);
      }
      setUrls(next);
    });
    return () => {
      gone = true;
      made.forEach((url) => URL.revokeObjectURL(url));
    };
  }, [versions]);
  return urls;
}
