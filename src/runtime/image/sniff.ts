// What a file is, from its first bytes rather than its name or the browser's MIME guess: a
// learner's "photo.png" may really be a WebP or a text file, and only PNG and JPEG can be opened
// by "parallel/image".

export type FileKind = 'png' | 'jpeg' | 'gif' | 'webp' | 'bmp' | 'pdf' | 'zip' | 'text' | 'empty' | 'unknown';

/** How many leading bytes sniffKind looks at (text is judged on this much). */
export const sniffLength = 4096;

export const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function sniffKind(head: Uint8Array): FileKind {
  const starts = (...prefix: number[]) => prefix.every((byte, i) => head[i] === byte);
  if (head.length === 0) return 'empty';
  if (starts(...pngSignature)) return 'png';
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && [0x57, 0x45, 0x42, 0x50].every((b, i) => head[8 + i] === b))
    return 'webp';
  if (starts(0x42, 0x4d)) return 'bmp';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'zip';
  return looksLikeText(head.subarray(0, sniffLength)) ? 'text' : 'unknown';
}

/** UTF-8 without control characters other than tab, newline, carriage return and form feed. */
function looksLikeText(bytes: Uint8Array): boolean {
  // A multi-byte character cut at the end of the sample is still text.
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const body = text.endsWith('\uFFFD') ? text.replace(/\uFFFD+$/, '') : text;
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/.test(body);
}
