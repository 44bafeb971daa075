// The learner's workspace: the one folder that every worker of every run reads and writes
// ("parallel/fs") and that the page's Files panel shows. This module alone says where it is, how
// a path is walked, what counts as missing and how a file is replaced; runs write while the page
// reads, so an entry may vanish at any moment. It lives in the Origin Private File System, or,
// where workers cannot write OPFS files, in IndexedDB (indexeddb-folder.ts); the handles below
// behave alike in both, so no caller asks which.
import { say } from '../messages';
import { FileNotFoundError, NotADirectoryError } from './errors';
import { IndexedDbFolder } from './indexeddb-folder';
import { normalize } from './path';

/** The folder that holds the learner's files (the app keeps its own data elsewhere). */
export const workspaceFolder = 'workspace';

/** What the workspace uses of a FileSystemFileHandle (OPFS's, or IndexedDB's). */
export interface WorkspaceFileHandle {
  readonly kind: 'file';
  readonly name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{
    write(data: FileSystemWriteChunkType): Promise<void>;
    close(): Promise<void>;
    abort(reason?: unknown): Promise<void>;
  }>;
}

/** What the workspace uses of a FileSystemDirectoryHandle (OPFS's, or IndexedDB's). */
export interface WorkspaceDirectoryHandle {
  readonly kind: 'directory';
  readonly name: string;
  getDirectoryHandle(name: string, o?: { create?: boolean }): Promise<WorkspaceDirectoryHandle>;
  getFileHandle(name: string, o?: { create?: boolean }): Promise<WorkspaceFileHandle>;
  removeEntry(name: string, o?: { recursive?: boolean }): Promise<void>;
  entries(): AsyncIterable<[string, WorkspaceDirectoryHandle | WorkspaceFileHandle]>;
  keys(): AsyncIterable<string>;
}

export type WorkspaceBackend = 'opfs' | 'indexeddb';

let chosen: WorkspaceBackend | null = null;

/**
 * Where this browser keeps the workspace: OPFS where a worker can write its files, else
 * IndexedDB, else nowhere (null). The page and every worker decide alike, from what the engine
 * has, so they share one workspace: WebKitGTK 2.50 has no navigator.storage.getDirectory, and
 * Safari 16.4–18 have OPFS but no createWritable anywhere (WebKit shipped it in Safari 26).
 */
export function workspaceBackend(): WorkspaceBackend | null {
  if (chosen) return chosen;
  if (
    typeof navigator.storage?.getDirectory === 'function' &&
    typeof FileSystemFileHandle === 'function' &&
    typeof FileSystemFileHandle.prototype.createWritable === 'function'
  ) {
    return 'opfs';
  }
  return typeof indexedDB === 'object' && indexedDB !== null ? 'indexeddb' : null;
}

/**
 * Test seam: makes this context (the page, or one worker) use `backend`, or decide again (null),
 * so the IndexedDB workspace is tested in Chromium too.
 */
export function useWorkspaceBackend(backend: WorkspaceBackend | null): void {
  chosen = backend;
}

export function hasWorkspace(): boolean {
  return workspaceBackend() !== null;
}

export async function workspaceRoot(): Promise<WorkspaceDirectoryHandle> {
  const backend = workspaceBackend();
  if (backend === null) throw new Error(say('noFileSystem'));
  if (backend === 'indexeddb') return IndexedDbFolder.top(workspaceFolder);
  const storage = await navigator.storage.getDirectory();
  // OPFS's handles have all of WorkspaceDirectoryHandle; TypeScript's DOM types only cannot say
  // that entries() gives handles of this narrower kind.
  return (await storage.getDirectoryHandle(workspaceFolder, {
    create: true,
  })) as unknown as WorkspaceDirectoryHandle;
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
): Promise<WorkspaceDirectoryHandle> {
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
  { kind: 'file'; handle: WorkspaceFileHandle } | { kind: 'directory'; handle: WorkspaceDirectoryHandle };

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
  const folders: { handle: WorkspaceDirectoryHandle; path: string }[] = [
    { handle: start.handle, path: top.join('/') },
  ];
  for (let folder = folders.pop(); folder; folder = folders.pop()) {
    const inside: { handle: WorkspaceDirectoryHandle; path: string }[] = [];
    try {
      for await (const [name, handle] of folder.handle.entries()) {
        const childPath = folder.path ? `${folder.path}/${name}` : name;
        if (handle.kind === 'directory') {
          yield { kind: 'folder', path: childPath, name };
          inside.push({ handle, path: childPath });
        } else {
          try {
            yield {
              kind: 'file',
              path: childPath,
              name,
              file: await handle.getFile(),
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
