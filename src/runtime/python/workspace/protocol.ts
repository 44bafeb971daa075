// The seam between a Python process and the page's workspace service: a blocked Python worker
// posts a request on its MessagePort and waits (Atomics.wait) on the reply buffer it sent with
// it; the service does the asynchronous OPFS work and writes the answer there.

import type { FigureSpec } from '../../plot/figure';

/** What Python's file system asks of the workspace; paths are relative to its top. */
export type WorkspaceRequest =
  | { op: 'stat'; path: string }
  | { op: 'list'; path: string }
  | { op: 'read'; path: string }
  | { op: 'write'; path: string; data: Uint8Array }
  | { op: 'mkdir'; path: string }
  | { op: 'remove'; path: string }
  | { op: 'rename'; from: string; to: string }
  /** Decodes a PNG or JPEG (the browser's decoder, which only answers asynchronously). */
  | { op: 'decode-image'; data: Uint8Array }
  /** Draws a figure as a PNG (Chart.js on an OffscreenCanvas answers asynchronously). */
  | { op: 'render-figure'; figure: FigureSpec }
  /** The answer to this port's last call again, which did not fit the reply buffer (tooBig). */
  | { op: 'resend' };

/** stat's answer (JSON); null when nothing is at the path. */
export type WorkspaceStat = { kind: 'file'; size: number; mtime: number } | { kind: 'directory' } | null;

/** Cells of the reply buffer's header (Int32). */
export const replyCells = { state: 0, errno: 1, length: 2 } as const;
export const replyState = { waiting: 0, done: 1 } as const;
export const replyHeaderBytes = 16;

/**
 * errno values of Pyodide's Emscripten (FS.ErrnoError codes), which Python raises as OSError
 * with CPython's strerror; tooBig asks the client for a larger reply buffer.
 */
export const errno = {
  ENOENT: 44,
  EEXIST: 20,
  ENOTDIR: 54,
  EISDIR: 31,
  ENOTEMPTY: 55,
  EIO: 29,
  EINVAL: 28,
  tooBig: -1,
} as const;

export interface WorkspaceCall {
  request: WorkspaceRequest;
  reply: SharedArrayBuffer;
}
