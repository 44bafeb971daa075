// A Python process's synchronous view of the workspace: each call posts a request to the
// page's workspace service and blocks this worker (Atomics.wait) until it is answered. The
// lesson's own files (the scripts, which live in the editor, not in OPFS) lie over the top of
// the workspace, as a script's folder holds the script on a real machine.
import type { Mode, Pixels } from '../../image/png';
import type { FigureSpec } from '../../plot/figure';
import {
  errno,
  replyCells,
  replyHeaderBytes,
  replyState,
  type WorkspaceCall,
  type WorkspaceRequest,
  type WorkspaceStat,
} from './protocol';

export class WorkspaceError extends Error {
  constructor(readonly code: number) {
    super(`workspace errno ${code}`);
  }
}

/** How long a call may wait for the service before it fails with EIO (it never should). */
const callTimeoutMs = 60_000;
const decoder = new TextDecoder();
const encoder = new TextEncoder();

export class WorkspaceClient {
  #port: MessagePort;
  // Room for the lab's images at the first asking: an 800×600 noise PNG is 1.44 MB, and a reply
  // too big for this buffer costs each process a second round trip (10-30 ms) for its first one.
  #reply = new SharedArrayBuffer(replyHeaderBytes + (2 << 20));
  /** The lesson's files, by path relative to the top. */
  #lesson = new Map<string, Uint8Array>();

  constructor(port: MessagePort) {
    this.#port = port;
  }

  /** The run's lesson files, seen on top of the workspace. */
  setLessonFiles(files: Record<string, string>): void {
    this.#lesson = new Map(Object.entries(files).map(([path, source]) => [path, encoder.encode(source)]));
  }

  #call(request: WorkspaceRequest): Uint8Array {
    for (;;) {
      const cells = new Int32Array(this.#reply, 0, replyHeaderBytes / 4);
      Atomics.store(cells, replyCells.state, replyState.waiting);
      this.#port.postMessage({ request, reply: this.#reply } satisfies WorkspaceCall);
      if (Atomics.wait(cells, replyCells.state, replyState.waiting, callTimeoutMs) === 'timed-out') {
        throw new WorkspaceError(errno.EIO);
      }
      const code = Atomics.load(cells, replyCells.errno);
      const length = Atomics.load(cells, replyCells.length);
      if (code === errno.tooBig) {
        // The service keeps the answer: asked again, it sends it without redoing the work (reading
        // a 1.4 MB image twice, the first time each process read one).
        this.#reply = new SharedArrayBuffer(replyHeaderBytes + length);
        request = { op: 'resend' };
        continue;
      }
      if (code !== 0) throw new WorkspaceError(code);
      return new Uint8Array(this.#reply, replyHeaderBytes, length).slice();
    }
  }

  #json<T>(request: WorkspaceRequest): T {
    return JSON.parse(decoder.decode(this.#call(request))) as T;
  }

  /** Folders the lesson's files imply at `path` ("" is the top). */
  #lessonNames(path: string): { files: string[]; folders: string[] } {
    const prefix = path ? `${path}/` : '';
    const files: string[] = [];
    const folders = new Set<string>();
    for (const name of this.#lesson.keys()) {
      if (!name.startsWith(prefix)) continue;
      const rest = name.slice(prefix.length).split('/');
      if (rest.length === 1) files.push(rest[0] as string);
      else folders.add(rest[0] as string);
    }
    return { files, folders: [...folders] };
  }

  stat(path: string): WorkspaceStat {
    const lesson = this.#lesson.get(path);
    if (lesson) return { kind: 'file', size: lesson.length, mtime: 0 };
    const found = this.#json<WorkspaceStat>({ op: 'stat', path });
    if (found) return found;
    const inside = this.#lessonNames(path);
    return path !== '' && inside.files.length + inside.folders.length > 0 ? { kind: 'directory' } : null;
  }

  list(path: string): string[] {
    const lesson = this.#lessonNames(path);
    let names: string[] = [];
    try {
      names = this.#json<string[]>({ op: 'list', path });
    } catch (error) {
      const lessonFolder = lesson.files.length + lesson.folders.length > 0;
      if (!(error instanceof WorkspaceError && error.code === errno.ENOENT && lessonFolder)) throw error;
    }
    return [...new Set([...names, ...lesson.files, ...lesson.folders])].sort();
  }

  read(path: string): Uint8Array {
    return this.#lesson.get(path)?.slice() ?? this.#call({ op: 'read', path });
  }

  write(path: string, data: Uint8Array): void {
    // Written over, a lesson file is the learner's file from now on.
    this.#lesson.delete(path);
    this.#call({ op: 'write', path, data });
  }

  mkdir(path: string): void {
    this.#call({ op: 'mkdir', path });
  }

  remove(path: string): void {
    if (this.#lesson.delete(path)) return;
    this.#call({ op: 'remove', path });
  }

  /** A PNG's or JPEG's pixels, decoded by the service (the browser decodes JPEG only asynchronously). */
  decodeImage(data: Uint8Array): Pixels {
    const reply = this.#call({ op: 'decode-image', data: data.slice() });
    const [width, height, bands] = new Uint32Array(reply.buffer, 0, 3) as unknown as [number, number, number];
    const mode: Mode = bands === 1 ? 'L' : bands === 3 ? 'RGB' : 'RGBA';
    return { width, height, mode, data: reply.subarray(12) };
  }

  /** A figure drawn as a PNG by the service. */
  renderFigure(figure: FigureSpec): Uint8Array {
    return this.#call({ op: 'render-figure', figure });
  }

  rename(from: string, to: string): void {
    const lesson = this.#lesson.get(from);
    if (lesson) {
      this.write(to, lesson);
      this.#lesson.delete(from);
      return;
    }
    this.#call({ op: 'rename', from, to });
  }
}
