// POSIX path helpers (Python's os.path), for the learner's file system.
import { say } from '../messages';

export function normalize(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) throw new RangeError(say('pathLeaves', { path }));
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

export function join(...parts: string[]): string {
  return parts.reduce(
    (joined, part) => (part.startsWith('/') || joined === '' ? part : `${joined.replace(/\/$/, '')}/${part}`),
    '',
  );
}

export function basename(path: string): string {
  return path.replace(/\/+$/, '').split('/').pop() ?? '';
}

export function dirname(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  const slash = trimmed.lastIndexOf('/');
  return slash <= 0 ? (slash === 0 ? '/' : '') : trimmed.slice(0, slash);
}

export function extname(path: string): string {
  const base = basename(path);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot);
}

export const path = { join, basename, dirname, extname, normalize };
