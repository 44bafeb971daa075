// File names for uploads: where a dropped file goes, and the "Keep both" name when one exists.

/** The folder uploads go to: the one the image lessons read. */
export const uploadFolder = 'sample_images';

/** `photo.png` → `photo-1.png`, or `photo-2.png` if that is taken too, and so on. */
export function keepBothName(name: string, taken: ReadonlySet<string>): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 1; ; n++) {
    const candidate = `${stem}-${n}${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * A name the file system accepts: the browser gives a bare name, but a drop from some file
 * managers can carry a path, and "/" or "\" would make OPFS throw.
 */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop()?.trim() ?? '';
  return base === '' || base === '.' || base === '..' ? 'upload' : base;
}
