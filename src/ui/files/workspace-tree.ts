// The Files panel's tree of the learner's workspace (src/runtime/fs/workspace.ts, the folder
// "parallel/fs" uses), read from the page thread while runs may write to it.
import { walk, workspaceFolder } from '../../runtime/fs/workspace';

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

const byName = new Intl.Collator('en', { numeric: true }).compare;

function sortTree(folder: WorkspaceFolder): void {
  // Folders first, then files; sample_10 after sample_9.
  folder.children.sort((a, b) => (a.kind === b.kind ? byName(a.name, b.name) : a.kind === 'folder' ? -1 : 1));
  for (const child of folder.children) if (child.kind === 'folder') sortTree(child);
}

export async function readTree(): Promise<WorkspaceFolder> {
  const top: WorkspaceFolder = { kind: 'folder', path: '', name: workspaceFolder, children: [] };
  const folders = new Map<string, WorkspaceFolder>([['', top]]);
  for await (const entry of walk()) {
    const parent = folders.get(entry.path.slice(0, Math.max(0, entry.path.lastIndexOf('/')))) ?? top;
    if (entry.kind === 'folder') {
      const folder: WorkspaceFolder = { kind: 'folder', path: entry.path, name: entry.name, children: [] };
      folders.set(entry.path, folder);
      parent.children.push(folder);
    } else {
      const { size, lastModified } = entry.file;
      parent.children.push({ kind: 'file', path: entry.path, name: entry.name, size, lastModified });
    }
  }
  sortTree(top);
  return top;
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
