// The workspace service: one worker of the page that does the workspace's work (OPFS, or
// IndexedDB) for every Python process (each connects with a MessagePort). Python runs
// synchronously, the workspace is asynchronous, so a Python process's file call is a request here
// and a blocking wait there. Every operation goes through the workspace module the TypeScript runtime uses (runtime/fs/workspace.ts), so
// both languages agree on paths, folders and what counts as missing.
import { FileNotFoundError, NotADirectoryError } from '../../fs/errors';
import { Image } from '../../image/image';
import { figurePng } from '../../plot/pyplot';
import { entryAt, folderAt, isMissing, openFile, pathParts, replaceFile, walk } from '../../fs/workspace';
import {
  errno,
  replyCells,
  replyHeaderBytes,
  replyState,
  type WorkspaceCall,
  type WorkspaceRequest,
  type WorkspaceStat,
} from './protocol';

class Errno extends Error {
  constructor(readonly code: number) {
    super(`errno ${code}`);
  }
}

function codeOf(error: unknown): number {
  if (error instanceof Errno) return error.code;
  if (error instanceof FileNotFoundError || isMissing(error)) return errno.ENOENT;
  if (error instanceof NotADirectoryError) return errno.ENOTDIR;
  if (error instanceof DOMException && error.name === 'TypeMismatchError') return errno.ENOTDIR;
  if (error instanceof DOMException && error.name === 'InvalidModificationError') return errno.ENOTEMPTY;
  return errno.EIO;
}

async function stat(path: string): Promise<WorkspaceStat> {
  const found = await entryAt(path);
  if (!found) return null;
  if (found.kind === 'directory') return { kind: 'directory' };
  const file = await found.handle.getFile();
  return { kind: 'file', size: file.size, mtime: file.lastModified };
}

async function list(path: string): Promise<string[]> {
  const found = await entryAt(path);
  if (!found) throw new Errno(errno.ENOENT);
  if (found.kind === 'file') throw new Errno(errno.ENOTDIR);
  const names: string[] = [];
  for await (const name of found.handle.keys()) names.push(name);
  return names.sort();
}

async function read(path: string): Promise<Uint8Array> {
  const found = await entryAt(path);
  if (found?.kind === 'directory') throw new Errno(errno.EISDIR);
  return new Uint8Array(await (await openFile(path)).arrayBuffer());
}

async function remove(path: string): Promise<void> {
  const parts = pathParts(path);
  const name = parts.pop();
  if (name === undefined) throw new Errno(errno.EIO);
  const dir = await folderAt(parts, { shown: path });
  await dir.removeEntry(name);
}

async function rename(from: string, to: string): Promise<void> {
  const found = await entryAt(from);
  if (!found) throw new Errno(errno.ENOENT);
  if (found.kind === 'file') {
    await replaceFile(to, await found.handle.getFile());
    await remove(from);
    return;
  }
  await renameFolder(pathParts(from).join('/'), pathParts(to).join('/'));
}

/**
 * A folder's rename as POSIX does it (onto nothing or an empty folder), by copying: OPFS moves
 * folders only in some engines.
 */
async function renameFolder(from: string, to: string): Promise<void> {
  if (to === from || to.startsWith(`${from}/`)) throw new Errno(errno.EINVAL);
  const target = await entryAt(to);
  if (target?.kind === 'file') throw new Errno(errno.ENOTDIR);
  if (target) await remove(to);
  await folderAt(pathParts(to), { create: true, shown: to });
  for await (const entry of walk(from)) {
    const path = `${to}${entry.path.slice(from.length)}`;
    if (entry.kind === 'folder') await folderAt(pathParts(path), { create: true, shown: path });
    else await replaceFile(path, entry.file);
  }
  const parts = pathParts(from);
  const name = parts.pop();
  if (name === undefined) throw new Errno(errno.EIO);
  await (await folderAt(parts, { shown: from })).removeEntry(name, { recursive: true });
}

/** An image as [width, height, bands] (Uint32) and its pixels: client.ts decodeImage reads it. */
function decoded(image: Image): Uint8Array {
  const out = new Uint8Array(12 + image.data.length);
  new Uint32Array(out.buffer, 0, 3).set([
    image.width,
    image.height,
    image.data.length / (image.width * image.height),
  ]);
  out.set(image.data, 12);
  return out;
}

const encoder = new TextEncoder();
const json = (value: unknown) => encoder.encode(JSON.stringify(value));

async function perform(request: WorkspaceRequest): Promise<Uint8Array> {
  switch (request.op) {
    case 'stat':
      return json(await stat(request.path));
    case 'list':
      return json(await list(request.path));
    case 'read':
      return read(request.path);
    case 'write':
      await replaceFile(request.path, request.data);
      return json(null);
    case 'mkdir':
      if (await entryAt(request.path)) throw new Errno(errno.EEXIST);
      await folderAt(pathParts(request.path), { create: true, shown: request.path });
      return json(null);
    case 'remove':
      await remove(request.path);
      return json(null);
    case 'rename':
      await rename(request.from, request.to);
      return json(null);
    case 'decode-image':
      return decoded(await Image.decode(request.data));
    case 'render-figure':
      return new Uint8Array(await (await figurePng(request.figure)).arrayBuffer());
    case 'resend':
      throw new Errno(errno.EIO);
  }
}

/** Returns whether the payload fitted the reply buffer (if not, the client asks again with a larger one). */
function answer(reply: SharedArrayBuffer, code: number, payload: Uint8Array): boolean {
  const cells = new Int32Array(reply, 0, replyHeaderBytes / 4);
  const fits = code !== 0 || payload.length <= reply.byteLength - replyHeaderBytes;
  if (!fits) {
    Atomics.store(cells, replyCells.length, payload.length);
    code = errno.tooBig;
  } else if (code === 0) {
    new Uint8Array(reply, replyHeaderBytes, payload.length).set(payload);
    Atomics.store(cells, replyCells.length, payload.length);
  }
  Atomics.store(cells, replyCells.errno, code);
  Atomics.store(cells, replyCells.state, replyState.done);
  Atomics.notify(cells, replyCells.state);
  return fits;
}

/** Serves one Python process's calls, each answered as soon as its OPFS work is done. */
export function serve(port: MessagePort): void {
  // A process makes one call at a time (it waits for each answer), so the answer it asks for
  // again is the last one that did not fit.
  let unsent: Uint8Array | null = null;
  port.onmessage = (event: MessageEvent<WorkspaceCall>) => {
    const { request, reply } = event.data;
    const resent = request.op === 'resend' ? unsent : null;
    unsent = null;
    (resent ? Promise.resolve(resent) : perform(request)).then(
      (payload) => {
        if (!answer(reply, 0, payload)) unsent = payload;
      },
      (error: unknown) => answer(reply, codeOf(error), new Uint8Array()),
    );
  };
}
