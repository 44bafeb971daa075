// The learner's workspace (the OPFS folder "parallel/fs" uses), read and changed from the page
// thread. Runs write to it from workers at the same time, so an entry can vanish between a
// listing and a read: the tree skips such entries rather than fail.
import { workspaceFolder } from '../../runtime/fs/fs';

export interface WorkspaceFile {
  kind: 'file';
  /** Relative to the workspace, "/"-separated: "processed_images/sample_1_blurred.png". */
  path: string;
  name: string;
  size: number;
  lastModified: number;
}

export interface WorkspaceFolder {
  kind: 'folder';
  /** "" for the workspace itself. */
  path: string;
  name: string;
  children: WorkspaceEntry[];
}

export type WorkspaceEntry = WorkspaceFile | WorkspaceFolder;

export function hasWorkspace(): boolean {
  return typeof navigator.storage?.getDirectory === 'function';
}

async function root(): Promise<FileSystemDirectoryHandle> {
  const storage = await navigator.storage.getDirectory();
  return storage.getDirectoryHandle(workspaceFolder, { create: true });
}

function splitPath(path: string): string[] {
  return path.split('/').filter(Boolean);
}

async function folderHandle(parts: readonly string[], create = false): Promise<FileSystemDirectoryHandle> {
  let dir = await root();
  for (const part of parts) dir = await dir.getDirectoryHandle(part, { create });
  return dir;
}

const byName = new Intl.Collator('en', { numeric: true }).compare;

function isGone(error: unknown): boolean {
  return (
    error instanceof DOMException && (error.name === 'NotFoundError' || error.name === 'NotReadableError')
  );
}

async function readFolder(
  dir: FileSystemDirectoryHandle,
  path: string,
  name: string,
): Promise<WorkspaceFolder> {
  const children: WorkspaceEntry[] = [];
  for await (const [childName, handle] of dir.entries()) {
    const childPath = path ? `${path}/${childName}` : childName;
    try {
      if (handle.kind === 'directory') {
        children.push(await readFolder(handle as FileSystemDirectoryHandle, childPath, childName));
      } else {
        const file = await (handle as FileSystemFileHandle).getFile();
        children.push({
          kind: 'file',
          path: childPath,
          name: childName,
          size: file.size,
          lastModified: file.lastModified,
        });
      }
    } catch (error) {
      if (!isGone(error)) throw error;
    }
  }
  // Folders first, then files; sample_10 after sample_9.
  children.sort((a, b) => (a.kind === b.kind ? byName(a.name, b.name) : a.kind === 'folder' ? -1 : 1));
  return { kind: 'folder', path, name, children };
}

export async function readTree(): Promise<WorkspaceFolder> {
  return readFolder(await root(), '', workspaceFolder);
}

export async function readWorkspaceFile(path: string): Promise<File> {
  const parts = splitPath(path);
  const name = parts.pop() ?? '';
  const dir = await folderHandle(parts);
  return (await dir.getFileHandle(name)).getFile();
}

/** Writes (replaces) a file, creating its folder. */
export async function writeWorkspaceFile(path: string, data: Blob): Promise<void> {
  const parts = splitPath(path);
  const name = parts.pop() ?? '';
  const dir = await folderHandle(parts, true);
  const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
  try {
    await writable.write(data);
    await writable.close();
  } catch (error) {
    // An aborted writable leaves the old bytes in place.
    await writable.abort().catch(() => {});
    throw error;
  }
}

/** Removes a file, or a folder with everything in it. */
export async function removeWorkspaceEntry(path: string): Promise<void> {
  const parts = splitPath(path);
  const name = parts.pop();
  if (name === undefined) throw new Error("The workspace's top folder can't be removed.");
  const dir = await folderHandle(parts);
  await dir.removeEntry(name, { recursive: true });
}

/** Every file of a tree, depth first, in the tree's order. */
export function filesOf(folder: WorkspaceFolder): WorkspaceFile[] {
  return folder.children.flatMap((entry) => (entry.kind === 'file' ? [entry] : filesOf(entry)));
}

export function findEntry(folder: WorkspaceFolder, path: string): WorkspaceEntry | null {
  if (folder.path === path) return folder;
  for (const child of folder.children) {
    if (child.path === path) return child;
    if (child.kind === 'folder' && path.startsWith(`${child.path}/`)) return findEntry(child, path);
  }
  return null;
}

/** The names in a folder of the workspace ([] if it does not exist yet). */
export async function listFolder(path: string): Promise<Set<string>> {
  try {
    const dir = await folderHandle(splitPath(path));
    const names = new Set<string>();
    for await (const name of dir.keys()) names.add(name);
    return names;
  } catch (error) {
    if (isGone(error)) return new Set();
    throw error;
  }
}
