// Which processed image came from which original: `processed_images/sample_1_blurred.png` (any
// folder but sample_images/) pairs with `sample_images/sample_1.png`. The longest matching stem
// wins, so `sample_1_2_edges.png` pairs with `sample_1_2.png` when both `sample_1` and
// `sample_1_2` exist.
import { uploadFolder } from './names';

export interface GalleryPair {
  original: string;
  processed: string;
  /** What the program added to the name: "blurred", "GaussianBlur"… */
  suffix: string;
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
    // Try the longest stem first: cut at each "_" from the right.
    for (let cut = stem.lastIndexOf('_'); cut > 0; cut = stem.lastIndexOf('_', cut - 1)) {
      const candidates = originals.get(stem.slice(0, cut));
      if (!candidates) continue;
      // Same extension first: sample.png and sample.jpg may both exist.
      const original = candidates.find((c) => c.endsWith(ext)) ?? (candidates[0] as string);
      pairs.push({ original, processed: path, suffix: stem.slice(cut + 1) });
      break;
    }
  }
  return pairs;
}
