// The workspace in IndexedDB, for engines whose workers have no Origin Private File System
// (WebKitGTK 2.50: no navigator.storage.getDirectory) or cannot write one (Safari 16.4–18: no
// createWritable, which WebKit shipped in Safari 26). IndexedDB works in the page and in every
// worker of every engine, and a committed transaction is seen at once by every other context, so
// the workers of a run and the Files panel share one workspace as they do with OPFS.
//
// It offers only what workspace.ts uses of a FileSystemDirectoryHandle/FileSystemFileHandle, with
// the DOMException names OPFS throws (NotFoundError, TypeMismatchError, InvalidModificationError),
// so workspace.ts's callers cannot tell which backend they have. Written here rather than taken
// from npm: `file-system-access` (the maintained ponyfill with an IndexedDB adapter) depends on
// Node packages (fetch-blob, node-domexception) and 2020 global typings that clash with
// TypeScript's DOM library, and its adapter creates the root folder after the open has resolved
// (a first call can miss it); `native-file-system-adapter` is the untyped original of that adapter.
//
// One record per entry, keyed by its path in the workspace ("a/b.png"), and a file's bytes in a
// second store under the same key, so a listing reads no file's bytes. A folder's entries are the
// keys between "a/" and "a0" ("0" follows "/"): a listing is one range read and removing a folder
// one range delete. Every change checks and writes in one readwrite transaction, which IndexedDB
// runs one at a time: two workers creating one folder cannot both create it.
const databaseName = 'parallel-lab-workspace';
const entriesStore = 'entries';
const contentsStore = 'contents';

type Entry = { kind: 'directory' } | { kind: 'file'; lastModified: number };
type Stores = { entries: IDBObjectStore; contents: IDBObjectStore };

let opened: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  opened ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(databaseName, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(entriesStore);
      request.result.createObjectStore(contentsStore);
    };
    request.onsuccess = () => {
      const db = request.result;
      // A later version (a newer app in another tab) may need this one closed to upgrade.
      db.onversionchange = () => {
        db.close();
        opened = null;
      };
      resolve(db);
    };
    request.onerror = () => {
      opened = null;
      reject(request.error ?? new Error('IndexedDB could not be opened'));
    };
  });
  return opened;
}

/**
 * Runs `work` in one transaction of the store and resolves with what it returns once the
 * transaction has committed (so every other worker sees the change), or rejects with what failed.
 */
async function transact<T>(mode: IDBTransactionMode, work: (stores: Stores) => Promise<T>): Promise<T> {
  // Relaxed: committed (and seen by every other context) once the OS has the data, without
  // waiting for the disk; a small readwrite took 1.4 ms rather than 10 ms in WebKitGTK 2.50.
  const tx = (await database()).transaction([entriesStore, contentsStore], mode, { durability: 'relaxed' });
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted', 'AbortError'));
  });
  let result: T;
  try {
    result = await work({ entries: tx.objectStore(entriesStore), contents: tx.objectStore(contentsStore) });
  } catch (error) {
    done.catch(() => {});
    try {
      tx.abort();
    } catch {
      // Already finished: nothing was written after the failure.
    }
    throw error;
  }
  await done;
  return result;
}

function asked<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

const notFound = (name: string) => new DOMException(`"${name}" was not found`, 'NotFoundError');
const wrongKind = (name: string) => new DOMException(`"${name}" is of the other kind`, 'TypeMismatchError');

const join = (folder: string, name: string) => (folder ? `${folder}/${name}` : name);

/** Every key inside the folder at `path`, at any depth; the top's are every key (undefined). */
function inside(path: string): IDBKeyRange | undefined {
  return path ? IDBKeyRange.bound(`${path}/`, `${path}0`, false, true) : undefined;
}

/** The folder at `path` still exists (the top always does), or NotFoundError. */
async function folderStillThere({ entries }: Stores, path: string): Promise<void> {
  if (!path) return;
  const entry = await asked<Entry | undefined>(entries.get(path));
  if (entry?.kind !== 'directory') throw notFound(path);
}

export class IndexedDbFile {
  readonly kind = 'file';
  constructor(
    private readonly path: string,
    readonly name: string,
  ) {}

  async getFile(): Promise<File> {
    const [entry, bytes] = await transact('readonly', ({ entries, contents }) =>
      Promise.all([
        asked<Entry | undefined>(entries.get(this.path)),
        asked<ArrayBuffer | undefined>(contents.get(this.path)),
      ]),
    );
    if (entry?.kind !== 'file') throw notFound(this.name);
    return new File(bytes ? [bytes] : [], this.name, { lastModified: entry.lastModified });
  }

  /** Like OPFS's, the file changes only at close(), all at once; abort() leaves it as it was. */
  createWritable(): Promise<IndexedDbWritable> {
    return Promise.resolve(new IndexedDbWritable(this.path, this.name));
  }
}

export class IndexedDbWritable {
  private readonly chunks: BlobPart[] = [];
  constructor(
    private readonly path: string,
    private readonly name: string,
  ) {}

  write(data: FileSystemWriteChunkType): Promise<void> {
    // Write parameters (seek, truncate, a position) are not used by the workspace.
    if (typeof data === 'object' && 'type' in data && !(data instanceof Blob)) {
      return Promise.reject(new TypeError('Only whole data can be written to a workspace file'));
    }
    this.chunks.push(data as BlobPart);
    return Promise.resolve();
  }

  async close(): Promise<void> {
    const bytes = await new Blob(this.chunks).arrayBuffer();
    const parent = this.path.slice(0, Math.max(0, this.path.lastIndexOf('/')));
    await transact('readwrite', async (stores) => {
      await folderStillThere(stores, parent);
      const now = await asked<Entry | undefined>(stores.entries.get(this.path));
      if (now?.kind === 'directory') throw wrongKind(this.name);
      const entry: Entry = { kind: 'file', lastModified: Date.now() };
      await Promise.all([
        asked(stores.entries.put(entry, this.path)),
        asked(stores.contents.put(bytes, this.path)),
      ]);
    });
  }

  abort(): Promise<void> {
    this.chunks.length = 0;
    return Promise.resolve();
  }
}

export class IndexedDbFolder {
  readonly kind = 'directory';
  constructor(
    private readonly path: string,
    readonly name: string,
  ) {}

  /** The workspace's top folder in IndexedDB (always there; only its entries are stored). */
  static top(name: string): IndexedDbFolder {
    return new IndexedDbFolder('', name);
  }

  /**
   * Makes sure the entry `name` is there, of `kind`, creating it if asked. Looked up first in a
   * readonly transaction: in WebKitGTK on a loaded machine each transaction cost 0.1–2 s
   * (measured), and most calls find what they ask for.
   */
  private async child(name: string, kind: Entry['kind'], create: boolean): Promise<void> {
    const path = join(this.path, name);
    const check = async (stores: Stores, creating: boolean): Promise<boolean> => {
      await folderStillThere(stores, this.path);
      const entry = await asked<Entry | undefined>(stores.entries.get(path));
      if (entry && entry.kind !== kind) throw wrongKind(name);
      if (entry) return true;
      if (!create) throw notFound(name);
      if (!creating) return false;
      const made: Entry = kind === 'directory' ? { kind } : { kind, lastModified: Date.now() };
      await asked(stores.entries.put(made, path));
      return true;
    };
    if (await transact('readonly', (stores) => check(stores, false))) return;
    await transact('readwrite', (stores) => check(stores, true));
  }

  async getDirectoryHandle(name: string, o: { create?: boolean } = {}): Promise<IndexedDbFolder> {
    await this.child(name, 'directory', o.create ?? false);
    return new IndexedDbFolder(join(this.path, name), name);
  }

  async getFileHandle(name: string, o: { create?: boolean } = {}): Promise<IndexedDbFile> {
    await this.child(name, 'file', o.create ?? false);
    return new IndexedDbFile(join(this.path, name), name);
  }

  async removeEntry(name: string, o: { recursive?: boolean } = {}): Promise<void> {
    const path = join(this.path, name);
    await transact('readwrite', async (stores) => {
      await folderStillThere(stores, this.path);
      const entry = await asked<Entry | undefined>(stores.entries.get(path));
      if (!entry) throw notFound(name);
      const gone: (string | IDBKeyRange)[] = [path];
      const range = inside(path);
      if (entry.kind === 'directory' && range) {
        if (!o.recursive && (await asked(stores.entries.count(range))) > 0) {
          throw new DOMException(`"${name}" is not empty`, 'InvalidModificationError');
        }
        gone.push(range);
      }
      await Promise.all(
        [stores.entries, stores.contents].flatMap((store) => gone.map((key) => asked(store.delete(key)))),
      );
    });
  }

  async *entries(): AsyncGenerator<[string, IndexedDbFolder | IndexedDbFile]> {
    const found = await transact('readonly', async (stores) => {
      await folderStillThere(stores, this.path);
      const range = inside(this.path);
      const [keys, values] = await Promise.all([
        asked(stores.entries.getAllKeys(range)),
        asked<Entry[]>(stores.entries.getAll(range)),
      ]);
      return keys.map((key, i) => [String(key), values[i]?.kind ?? 'file'] as const);
    });
    const start = this.path ? this.path.length + 1 : 0;
    for (const [path, kind] of found) {
      const name = path.slice(start);
      if (name.includes('/')) continue;
      yield [name, kind === 'directory' ? new IndexedDbFolder(path, name) : new IndexedDbFile(path, name)];
    }
  }

  async *keys(): AsyncGenerator<string> {
    for await (const [name] of this.entries()) yield name;
  }
}
