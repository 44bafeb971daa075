// "parallel/fs": a small os/os.path over the learner's workspace (workspace.ts: the Origin Private
// File System, or IndexedDB where workers cannot write OPFS). Every worker of a run (and every run)
// sees the same files, and they stay across reloads. Paths are relative to the
// learner's workspace folder; "/" and "." both mean its top.
import { emit } from '../events';
import { getContext, hasContext, runSeconds } from '../context';
import { say } from '../messages';
import { FileExistsError, FileNotFoundError, NotADirectoryError } from './errors';
import { entryAt, folderAt, isMissing, openFile, pathParts, replaceFile } from './workspace';

export { path } from './path';
export { FileExistsError, FileNotFoundError, NotADirectoryError } from './errors';

export async function exists(path: string): Promise<boolean> {
  return (await entryAt(path)) !== null;
}

export async function makedirs(path: string, o: { existOk?: boolean } = {}): Promise<void> {
  if (!o.existOk && (await exists(path))) {
    throw new FileExistsError(say('alreadyExists', { path }));
  }
  await folderAt(pathParts(path), { create: true, shown: path });
}

/** The names in a folder, sorted (Python's os.listdir order is arbitrary; sorted reads better). */
export async function listdir(path = '.'): Promise<string[]> {
  const found = await entryAt(path);
  if (!found) throw new FileNotFoundError(say('noSuchFolder', { path }));
  if (found.kind === 'file') throw new NotADirectoryError(say('isAFile', { path }));
  const names: string[] = [];
  for await (const name of found.handle.keys()) names.push(name);
  return names.sort();
}

export async function readFile(path: string): Promise<Uint8Array>;
export async function readFile(path: string, encoding: 'utf8'): Promise<string>;
export async function readFile(path: string, encoding?: 'utf8'): Promise<Uint8Array | string> {
  const file = await openFile(path);
  return encoding === 'utf8' ? file.text() : new Uint8Array(await file.arrayBuffer());
}

/** Writes (replaces) a file, creating its folders; a string is written as UTF-8. */
export async function writeFile(path: string, data: string | Uint8Array | ArrayBuffer | Blob): Promise<void> {
  const written = await replaceFile(path, data);
  if (hasContext()) emit({ type: 'file', pid: getContext().pid, path: written, t: runSeconds() });
}

export async function remove(path: string, o: { recursive?: boolean } = {}): Promise<void> {
  const parts = pathParts(path);
  const name = parts.pop();
  if (name === undefined) throw new Error(say('topFolder'));
  try {
    const dir = await folderAt(parts, { shown: path });
    await dir.removeEntry(name, { recursive: o.recursive ?? false });
  } catch (error) {
    if (isMissing(error) || error instanceof FileNotFoundError || error instanceof NotADirectoryError) {
      throw new FileNotFoundError(say('noSuchEntry', { path }), { cause: error });
    }
    if (error instanceof DOMException && error.name === 'InvalidModificationError') {
      throw new Error(say('folderNotEmpty', { path }), { cause: error });
    }
    throw error;
  }
}

export interface Stat {
  size: number;
  /** Last modification, in seconds since 1970 (Python's st_mtime). */
  mtime: number;
  isFile: boolean;
  isDirectory: boolean;
}

export async function stat(path: string): Promise<Stat> {
  const found = await entryAt(path);
  if (!found) throw new FileNotFoundError(say('noSuchEntry', { path }));
  if (found.kind === 'directory') return { size: 0, mtime: 0, isFile: false, isDirectory: true };
  const file = await found.handle.getFile();
  return { size: file.size, mtime: file.lastModified / 1000, isFile: true, isDirectory: false };
}
