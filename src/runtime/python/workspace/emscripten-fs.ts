// The learner's workspace as a file system of Pyodide's Emscripten: mounted at the scripts'
// folder, it makes Python's open, os.listdir, os.makedirs, os.path.* and os.remove of every
// process of a run see the same files as the TypeScript runtime and the Files panel.
//
// A node is only a name: every question about it (does it exist, its size, a folder's names)
// is asked of the workspace when it is asked, so a file another process wrote is there at
// once and one it removed is gone. An open file's bytes are read whole when it is opened and
// kept in memory (Emscripten's MEMFS does the reading and writing), and written back whole
// when it is closed: close-to-open consistency, as on a network file system.
import { errno } from './protocol';
import { WorkspaceError, type WorkspaceClient } from './client';

/** The parts of Emscripten's FS node this file system uses. */
interface Node {
  id: number;
  name: string;
  mode: number;
  parent: Node;
  contents: Uint8Array | Record<string, Node>;
  usedBytes: number;
  node_ops: object;
  stream_ops: object;
  /** Ours: how many streams have it open, whether its bytes are loaded, and changed. */
  openCount?: number;
  loaded?: boolean;
  dirty?: boolean;
}

interface Stream {
  node: Node;
}

interface Attributes {
  mode?: number;
  atime?: number;
  mtime?: number;
  ctime?: number;
  size?: number;
}

type StreamOps = Record<string, (stream: Stream, ...args: never[]) => unknown>;

interface Memfs {
  createNode(parent: Node | null, name: string, mode: number, dev: number): Node;
  resizeFileStorage(node: Node, size: number): void;
  stream_ops: StreamOps;
}

/** The parts of Pyodide's FS object this file system uses. */
export interface EmscriptenFS {
  filesystems: { MEMFS: Memfs };
  ErrnoError: new (code: number) => Error;
  isDir(mode: number): boolean;
  isFile(mode: number): boolean;
  getPath(node: Node): string;
  hashRemoveNode(node: Node): void;
  mount(type: { mount(mount: unknown): Node }, opts: object, mountpoint: string): Node;
  open(...args: unknown[]): unknown;
}

const dirMode = 0o40777;
const fileMode = 0o100666;
/** Emscripten's EPERM, for what this file system does not do (links, devices). */
const EPERM = 63;
/** ENODEV: an open file cannot be mapped into memory here. */
const ENODEV = 43;

export interface WorkspaceMount {
  /** Called with a file's path (relative to the workspace) each time its bytes are written back. */
  onWritten(handler: (path: string) => void): void;
}

export function mountWorkspace(
  FS: EmscriptenFS,
  mountpoint: string,
  client: WorkspaceClient,
): WorkspaceMount {
  const MEMFS = FS.filesystems.MEMFS;
  let written: (path: string) => void = () => {};
  /**
   * True inside FS.open, which truncates an existing file (open(..., "w")) just before it opens
   * a stream on it: that truncation is written back with the stream's close, not at once, which
   * was a second workspace write per saved file (an empty one, 5-25 ms of OPFS each).
   */
  let opening = false;
  const open = FS.open.bind(FS);
  FS.open = (...args: unknown[]) => {
    opening = true;
    try {
      return open(...args);
    } finally {
      opening = false;
    }
  };

  const guard =
    <A extends unknown[], R>(op: (...args: A) => R) =>
    (...args: A): R => {
      try {
        return op(...args);
      } catch (error) {
        if (error instanceof WorkspaceError) throw new FS.ErrnoError(error.code);
        throw error;
      }
    };

  const pathOf = (node: Node): string => {
    const full = FS.getPath(node);
    return full === mountpoint ? '' : full.slice(mountpoint.length + 1);
  };
  const childPath = (parent: Node, name: string) => {
    const top = pathOf(parent);
    return top ? `${top}/${name}` : name;
  };

  /** Takes a name out of a folder node's table of the names it has looked up. */
  const unlist = (parent: Node, name: string) => Reflect.deleteProperty(parent.contents, name);

  const forget = (node: Node) => {
    FS.hashRemoveNode(node);
    const siblings = node.parent.contents as Record<string, Node>;
    if (siblings[node.name] === node) unlist(node.parent, node.name);
  };

  const flush = (node: Node) => {
    if (!node.dirty) return;
    const path = pathOf(node);
    client.write(path, (node.contents as Uint8Array).subarray(0, node.usedBytes));
    node.dirty = false;
    written(path);
  };

  const setContents = (node: Node, data: Uint8Array) => {
    node.contents = data;
    node.usedBytes = data.length;
    node.loaded = true;
  };

  const attributes = (node: Node, size: number, mtime: number) => ({
    dev: 1,
    ino: node.id,
    mode: node.mode,
    nlink: 1,
    uid: 0,
    gid: 0,
    rdev: 0,
    size,
    atime: new Date(mtime),
    mtime: new Date(mtime),
    ctime: new Date(mtime),
    blksize: 4096,
    blocks: Math.ceil(size / 4096),
  });

  const nodeOps = {
    getattr: guard((node: Node) => {
      if (node.openCount) return attributes(node, node.usedBytes, Date.now());
      const path = pathOf(node);
      if (path === '') return attributes(node, 4096, 0);
      const found = client.stat(path);
      if (!found || (found.kind === 'directory') !== FS.isDir(node.mode)) {
        forget(node);
        throw new FS.ErrnoError(errno.ENOENT);
      }
      return found.kind === 'file' ? attributes(node, found.size, found.mtime) : attributes(node, 4096, 0);
    }),
    setattr: guard((node: Node, attr: Attributes) => {
      for (const key of ['mode', 'atime', 'mtime', 'ctime'] as const) {
        if (attr[key] !== undefined) (node as unknown as Record<string, number>)[key] = attr[key];
      }
      if (attr.size === undefined || FS.isDir(node.mode)) return;
      if (node.openCount) {
        MEMFS.resizeFileStorage(node, attr.size);
        node.dirty = true;
        return;
      }
      if (opening && attr.size === 0) {
        setContents(node, new Uint8Array());
        node.dirty = true;
        return;
      }
      // Truncated while closed by os.truncate: written back at once.
      const kept = attr.size === 0 ? new Uint8Array() : client.read(pathOf(node));
      const data = new Uint8Array(attr.size);
      data.set(kept.subarray(0, attr.size));
      client.write(pathOf(node), data);
      setContents(node, data);
      written(pathOf(node));
    }),
    lookup: guard((parent: Node, name: string) => {
      const found = client.stat(childPath(parent, name));
      if (!found) throw new FS.ErrnoError(errno.ENOENT);
      return create(parent, name, found.kind === 'directory' ? dirMode : fileMode);
    }),
    mknod: guard((parent: Node, name: string, mode: number) => {
      const path = childPath(parent, name);
      if (FS.isDir(mode)) client.mkdir(path);
      else if (FS.isFile(mode)) client.write(path, new Uint8Array());
      else throw new FS.ErrnoError(EPERM);
      const node = create(parent, name, FS.isDir(mode) ? dirMode : fileMode);
      if (FS.isFile(mode)) setContents(node, new Uint8Array());
      return node;
    }),
    rename: guard((node: Node, newDir: Node, newName: string) => {
      client.rename(pathOf(node), childPath(newDir, newName));
      const replaced = (newDir.contents as Record<string, Node>)[newName];
      if (replaced) forget(replaced);
      unlist(node.parent, node.name);
      (newDir.contents as Record<string, Node>)[newName] = node;
      node.name = newName;
    }),
    unlink: guard((parent: Node, name: string) => {
      client.remove(childPath(parent, name));
      unlist(parent, name);
    }),
    rmdir: guard((parent: Node, name: string) => {
      const path = childPath(parent, name);
      if (client.list(path).length > 0) throw new FS.ErrnoError(errno.ENOTEMPTY);
      client.remove(path);
      unlist(parent, name);
    }),
    readdir: guard((node: Node) => ['.', '..', ...client.list(pathOf(node))]),
    symlink: () => {
      throw new FS.ErrnoError(EPERM);
    },
  };

  const fileStreamOps = {
    open: guard((stream: Stream) => {
      const node = stream.node;
      if (!node.openCount && !node.loaded) setContents(node, client.read(pathOf(node)));
      node.openCount = (node.openCount ?? 0) + 1;
    }),
    close: guard((stream: Stream) => {
      const node = stream.node;
      node.openCount = Math.max(0, (node.openCount ?? 1) - 1);
      try {
        flush(node);
      } finally {
        if (!node.openCount) {
          // Closed, its bytes are the workspace's again: read afresh at the next open.
          setContents(node, new Uint8Array());
          node.loaded = false;
        }
      }
    }),
    read: MEMFS.stream_ops['read'],
    write: (stream: Stream, ...rest: never[]) => {
      stream.node.dirty = true;
      return (MEMFS.stream_ops['write'] as (stream: Stream, ...args: never[]) => number)(stream, ...rest);
    },
    llseek: MEMFS.stream_ops['llseek'],
    mmap: () => {
      throw new FS.ErrnoError(ENODEV);
    },
  };
  const dirStreamOps = { llseek: MEMFS.stream_ops['llseek'] };

  function create(parent: Node | null, name: string, mode: number): Node {
    const node = MEMFS.createNode(parent, name, mode, 0);
    node.node_ops = nodeOps;
    node.stream_ops = FS.isDir(mode) ? dirStreamOps : fileStreamOps;
    return node;
  }

  FS.mount({ mount: () => create(null, '/', dirMode) }, {}, mountpoint);
  return {
    onWritten(handler) {
      written = handler;
    },
  };
}
