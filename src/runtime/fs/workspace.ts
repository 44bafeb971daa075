// The learner's workspace: the one Origin Private File System folder that every worker of every
// run reads and writes ("parallel/fs") and that the page's Files panel shows. This module alone
// says where it is, how a path is walked, what counts as missing and how a file is replaced;
// runs write while the page reads, so an entry may vanish at any moment.
import { say } from '../messages';
import { FileNotFoundError, NotADirectoryError } from './errors';
import { normalize } from './path';

/** The OPFS folder that holds the learner's files (the app keeps its own data elsewhere). */
export const workspaceFolder = 'workspace';

export function hasWorkspace(): boolean {
  return typeof navigator.storage?.getDirectory === 'function';
}

export async function workspaceRoot(): Promise<FileSystemDirectoryHandle> {
  if (!hasWorkspace()) throw new Error(say('noFileSystem'));
  const storage = await navigator.storage.getDirectory();
  return storage.getDirectoryHandle(workspaceFolder, { create: true });
}

/** The names along `path`: "/", "." and "" name the top; ".." may not leave it (RangeError). */
export function pathParts(path: string): string[] {
  return normalize(path).split('/').filter(Boolean);
}

/**
 * True when an entry is not there: it never was, or it vanished between a listing and a read
 * (a run removed or replaced it; Chromium then says NotReadableError).
 */
export function isMissing(error: unknown): boolean {
  return (
    error instanceof DOMException && (error.name === 'NotFoundError' || error.name === 'NotReadableError')
  );
}

/** A name on the way is a file where a folder was asked for. */
function isWrongKind(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'TypeMismatchError';
}

/**
 * The folder `parts` names, its folders created on the way if `create`. A missing folder is a
 * FileNotFoundError and a file on the way a NotADirectoryError, naming `shown`.
 */
export async function folderAt(
  parts: readonly string[],
  o: { create?: boolean; shown: string },
): Promise<FileSystemDirectoryHandle> {
  let dir = await workspaceRoot();
  for (const part of parts) {
    try {
      dir = await dir.getDirectoryHandle(part, { create: o.create ?? false });
    } catch (error) {
      if (isWrongKind(error)) throw new NotADirectoryError(say('fileNotFolder', { path: o.shown, part }));
      if (isMissing(error)) {
        throw new FileNotFoundError(say('noSuchFolderOnTheWay', { folder: parts.join('/'), path: o.shown }));
      }
      throw error;
    }
  }
  return dir;
}

export type WorkspaceHandle =
  { kind: 'file'; handle: FileSystemFileHandle } | { kind: 'directory'; handle: FileSystemDirectoryHandle };

/** The file or folder at `path`, or null when there is none. */
export async function entryAt(path: string): Promise<WorkspaceHandle | null> {
  const parts = pathParts(path);
  const name = parts.pop();
  try {
    const dir = await folderAt(parts, { shown: path });
    if (name === undefined) return { kind: 'directory', handle: dir };
    try {
      return { kind: 'file', handle: await dir.getFileHandle(name) };
    } catch (error) {
      if (!isWrongKind(error)) throw error;
      return { kind: 'directory', handle: await dir.getDirectoryHandle(name) };
    }
  } catch (error) {
    if (isMissing(error) || error instanceof FileNotFoundError || error instanceof NotADirectoryError)
      return null;
    throw error;
  }
}

/** A file of the workspace, with its bytes as they are now. */
export async function openFile(path: string): Promise<File> {
  const found = await entryAt(path);
  if (!found) throw new FileNotFoundError(say('noSuchFile', { path }));
  if (found.kind === 'directory') throw new Error(say('isAFolder', { path }));
  return found.handle.getFile();
}

export type WalkedEntry =
  { kind: 'file'; path: string; name: string; file: File } | { kind: 'folder'; path: string; name: string };

/**
 * Every entry under the folder at `path` (default the top), depth first, each folder before what
 * it holds; paths are relative to the workspace. Entries that vanish during the walk are skipped.
 */
export async function* walk(path = ''): AsyncGenerator<WalkedEntry> {
  const top = pathParts(path);
  const start = await entryAt(top.join('/'));
  if (start?.kind !== 'directory') return;
  const folders: { handle: FileSystemDirectoryHandle; path: string }[] = [
    { handle: start.handle, path: top.join('/') },
  ];
  for (let folder = folders.pop(); folder; folder = folders.pop()) {
    const inside: { handle: FileSystemDirectoryHandle; path: string }[] = [];
    try {
      for await (const [name, handle] of folder.handle.entries()) {
        const childPath = folder.path ? `${folder.path}/${name}` : name;
        if (handle.kind === 'directory') {
          yield { kind: 'folder', path: childPath, name };
          inside.push({ handle: handle as FileSystemDirectoryHandle, path: childPath });
        } else {
          try {
            yield {
              kind: 'file',
              path: childPath,
              name,
              file: await (handle as FileSystemFileHandle).getFile(),
            };
          } catch (error) {
            if (!isMissing(error)) throw error;
          }
        }
      }
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    folders.push(...inside.reverse());
  }
}

/**
 * Writes (replaces) the file at `path`, creating its folders; returns the path, normalized. A
 * write that fails is aborted, so the file keeps its old bytes rather than half of the new ones.
 */
export async function replaceFile(
  path: string,
  data: string | Uint8Array | ArrayBuffer | Blob,
): Promise<string> {
  const parts = pathParts(path);
  const name = parts.pop();
  if (name === undefined) throw new Error(say('namesAFolder', { path }));
  const dir = await folderAt(parts, { create: true, shown: path });
  const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
  try {
    await writable.write(data as FileSystemWriteChunkType);
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => {});
    throw error;
  }
  return [...parts, name].join('/');
}
