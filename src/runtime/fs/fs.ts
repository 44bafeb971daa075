// "parallel/fs": a small os/os.path over the Origin Private File System. Every worker of a run
// (and every run) sees the same files, and they stay across reloads. Paths are relative to the
// learner's workspace folder; "/" and "." both mean its top.
import { emit } from '../events';
import { getContext, hasContext, runSeconds } from '../context';
import { normalize } from './path';
import { say } from '../messages';
import { registerErrorClasses } from '../wire/error-classes';

export { path } from './path';

/** Python's FileNotFoundError / FileExistsError / NotADirectoryError, by the same names. */
export class FileNotFoundError extends Error {
  override name = 'FileNotFoundError';
}
export class FileExistsError extends Error {
  override name = 'FileExistsError';
}
export class NotADirectoryError extends Error {
  override name = 'NotADirectoryError';
}
registerErrorClasses(FileNotFoundError, FileExistsError, NotADirectoryError);

/** The OPFS folder that holds the learner's files (the app keeps its own data elsewhere). */
export const workspaceFolder = 'workspace';

async function workspace(): Promise<FileSystemDirectoryHandle> {
  if (!navigator.storage?.getDirectory) {
    throw new Error(say('noFileSystem'));
  }
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle(workspaceFolder, { create: true });
}

function isNotFound(error: unknown): boolean {
  return (
    error instanceof DOMException && (error.name === 'NotFoundError' || error.name === 'TypeMismatchError')
  );
}

/** The folder that holds `parts` (all but the last), created on the way if `create`. */
async function folder(parts: string[], create: boolean, shown: string): Promise<FileSystemDirectoryHandle> {
  let dir = await workspace();
  for (const part of parts) {
    try {
      dir = await dir.getDirectoryHandle(part, { create });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TypeMismatchError') {
        throw new NotADirectoryError(say('fileNotFolder', { path: shown, part }));
      }
      if (isNotFound(error))
        throw new FileNotFoundError(say('noSuchFolderOnTheWay', { folder: parts.join('/'), path: shown }));
      throw error;
    }
  }
  return dir;
}

type Entry =
  { kind: 'file'; handle: FileSystemFileHandle } | { kind: 'directory'; handle: FileSystemDirectoryHandle };

async function entry(path: string): Promise<Entry | null> {
  const parts = normalize(path).split('/').filter(Boolean);
  const name = parts.pop();
  try {
    const dir = await folder(parts, false, path);
    if (name === undefined) return { kind: 'directory', handle: dir };
    try {
      return { kind: 'file', handle: await dir.getFileHandle(name) };
    } catch (error) {
      if (!isNotFound(error)) throw error;
      return { kind: 'directory', handle: await dir.getDirectoryHandle(name) };
    }
  } catch (error) {
    if (isNotFound(error) || error instanceof FileNotFoundError || error instanceof NotADirectoryError)
      return null;
    throw error;
  }
}

export async function exists(path: string): Promise<boolean> {
  return (await entry(path)) !== null;
}

export async function makedirs(path: string, o: { existOk?: boolean } = {}): Promise<void> {
  if (!o.existOk && (await exists(path))) {
    throw new FileExistsError(say('alreadyExists', { path }));
  }
  await folder(normalize(path).split('/').filter(Boolean), true, path);
}

/** The names in a folder, sorted (Python's os.listdir order is arbitrary; sorted reads better). */
export async function listdir(path = '.'): Promise<string[]> {
  const found = await entry(path);
  if (!found) throw new FileNotFoundError(say('noSuchFolder', { path }));
  if (found.kind === 'file') throw new NotADirectoryError(say('isAFile', { path }));
  const names: string[] = [];
  for await (const name of found.handle.keys()) names.push(name);
  return names.sort();
}

export async function readFile(path: string): Promise<Uint8Array>;
export async function readFile(path: string, encoding: 'utf8'): Promise<string>;
export async function readFile(path: string, encoding?: 'utf8'): Promise<Uint8Array | string> {
  const found = await entry(path);
  if (!found) throw new FileNotFoundError(say('noSuchFile', { path }));
  if (found.kind === 'directory') throw new Error(say('isAFolder', { path }));
  const file = await found.handle.getFile();
  return encoding === 'utf8' ? file.text() : new Uint8Array(await file.arrayBuffer());
}

/** Writes (replaces) a file, creating its folders; a string is written as UTF-8. */
export async function writeFile(path: string, data: string | Uint8Array | ArrayBuffer | Blob): Promise<void> {
  const parts = normalize(path).split('/').filter(Boolean);
  const name = parts.pop();
  if (name === undefined) throw new Error(say('namesAFolder', { path }));
  const dir = await folder(parts, true, path);
  const handle = await dir.getFileHandle(name, { create: true });
  const writable = await handle.createWritable();
  await writable.write(data as FileSystemWriteChunkType);
  await writable.close();
  if (hasContext()) emit({ type: 'file', pid: getContext().pid, path: normalize(path), t: runSeconds() });
}

export async function remove(path: string, o: { recursive?: boolean } = {}): Promise<void> {
  const parts = normalize(path).split('/').filter(Boolean);
  const name = parts.pop();
  if (name === undefined) throw new Error(say('topFolder'));
  const dir = await folder(parts, false, path).catch(() => null);
  try {
    if (!dir) throw new DOMException('missing', 'NotFoundError');
    await dir.removeEntry(name, { recursive: o.recursive ?? false });
  } catch (error) {
    if (isNotFound(error)) throw new FileNotFoundError(say('noSuchEntry', { path }), { cause: error });
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
  const found = await entry(path);
  if (!found) throw new FileNotFoundError(say('noSuchEntry', { path }));
  if (found.kind === 'directory') return { size: 0, mtime: 0, isFile: false, isDirectory: true };
  const file = await found.handle.getFile();
  return { size: file.size, mtime: file.lastModified / 1000, isFile: true, isDirectory: false };
}
