// Which processed image came from which original: `processed_images/sample_1_blurred.png` and
// the lab's `processed_sequential/blur_sample_1.png` (any folder but sample_images/) both pair with
// `sample_images/sample_1.png`: what the program added goes after the original's name or before
// it. The longest matching name wins, so `sample_1_2_edges.png` pairs with `sample_1_2.png` when
// both `sample_1` and `sample_1_2` exist.
import { uploadFolder } from './names';

export interface GalleryPair {
  original: string;
  processed: string;
  /** What the program added to the name, before or after it: "blurred", "GaussianBlur", "blur"… */
  label: string;
}

const imageExtension = /\.(png|jpe?g)$/i;

function splitName(path: string): { folder: string; stem: string; ext: string } {
  const slash = path.lastIndexOf('/');
  const folder = slash < 0 ? '' : path.slice(0, slash);
  const name = path.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  return { folder, stem: name.slice(0, dot), ext: name.slice(dot) };
}

/** Pairs in the order of `paths` (each processed image once); images without an original are left out. */
export function galleryPairs(paths: readonly string[]): GalleryPair[] {
  const images = paths.filter((path) => imageExtension.test(path));
  const originals = new Map<string, string[]>();
  for (const path of images) {
    const { folder, stem } = splitName(path);
    if (folder !== uploadFolder) continue;
    originals.set(stem, [...(originals.get(stem) ?? []), path]);
  }
  const pairs: GalleryPair[] = [];
  for (const path of images) {
    const { folder, stem, ext } = splitName(path);
    if (folder === uploadFolder || folder.startsWith(`${uploadFolder}/`)) continue;
    // Every way to split the name at a "_": the original's name before it (a suffix added) or
    // after it (a prefix added). The longest original name wins.
    let best: { stem: string; label: string } | null = null;
    for (let cut = stem.indexOf('_'); cut > 0; cut = stem.indexOf('_', cut + 1)) {
      for (const [originalStem, label] of [
        [stem.slice(0, cut), stem.slice(cut + 1)],
        [stem.slice(cut + 1), stem.slice(0, cut)],
      ] as const) {
        if (originals.has(originalStem) && originalStem.length > (best?.stem.length ?? 0)) {
          best = { stem: originalStem, label };
        }
      }
    }
    if (!best) continue;
    const candidates = originals.get(best.stem) as string[];
    // Same extension first: sample.png and sample.jpg may both exist.
    const original = candidates.find((c) => c.endsWith(ext)) ?? (candidates[0] as string);
    pairs.push({ original, processed: path, label: best.label });
  }
  return pairs;
}
