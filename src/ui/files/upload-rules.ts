// What an upload must be before it is written to the workspace: a PNG or JPEG (by its bytes),
// not too large on disk, and not too many pixels (read from its header). The verdict is data;
// the panel words it in the learner's language.
import { jpegSize, pngSize, type ImageSize } from './image-size';
import { maxPixels } from '../../runtime/image/limits';
import { sniffKind, type FileKind } from '../../runtime/image/sniff';

/** Larger files are refused before they are read: no sample image of the lab comes near. */
export const maxUploadBytes = 25 * 1024 * 1024;

export type UploadVerdict =
  | { ok: true; kind: 'png' | 'jpeg'; size: ImageSize }
  | { ok: false; problem: 'too-large'; bytes: number }
  | { ok: false; problem: 'not-image'; kind: Exclude<FileKind, 'png' | 'jpeg'> }
  | { ok: false; problem: 'bad-header'; kind: 'png' | 'jpeg' }
  | { ok: false; problem: 'too-many-pixels'; kind: 'png' | 'jpeg'; size: ImageSize };

/**
 * Judges a file from its size and its first bytes. For a JPEG whose frame header lies beyond
 * `head`, the result is 'truncated': call again with more of the file.
 */
export function judgeUpload(bytes: number, head: Uint8Array): UploadVerdict | 'truncated' {
  if (bytes > maxUploadBytes) return { ok: false, problem: 'too-large', bytes };
  const kind = sniffKind(head);
  if (kind !== 'png' && kind !== 'jpeg') return { ok: false, problem: 'not-image', kind };
  const size = kind === 'png' ? pngSize(head) : jpegSize(head);
  if (size === 'truncated')
    return head.length < bytes ? 'truncated' : { ok: false, problem: 'bad-header', kind };
  if (size === null) return { ok: false, problem: 'bad-header', kind };
  if (size.width * size.height > maxPixels) return { ok: false, problem: 'too-many-pixels', kind, size };
  return { ok: true, kind, size };
}

/** How much of a file to read first: enough for any PNG header and most JPEG ones. */
const firstRead = 64 * 1024;

/** Judges a File, reading only its head (the whole file only for a JPEG with a long EXIF). */
export async function checkUpload(file: Blob): Promise<UploadVerdict> {
  if (file.size > maxUploadBytes) return { ok: false, problem: 'too-large', bytes: file.size };
  const head = new Uint8Array(await file.slice(0, firstRead).arrayBuffer());
  const verdict = judgeUpload(file.size, head);
  if (verdict !== 'truncated') return verdict;
  const whole = judgeUpload(file.size, new Uint8Array(await file.arrayBuffer()));
  return whole === 'truncated' ? { ok: false, problem: 'bad-header', kind: 'jpeg' } : whole;
}
