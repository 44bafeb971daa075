import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import WorkspaceWorker from '../fixtures/workspace-in-indexeddb.worker.ts?worker';
import type { WorkspaceReply, WorkspaceRequest } from '../fixtures/workspace-in-indexeddb.worker';
import { readTree } from '../../ui/files/workspace-tree';
import { exists, remove } from './fs';
import { entryAt, useWorkspaceBackend, workspaceBackend } from './workspace';

const top = 'indexeddb-shared';
const workers: Worker[] = [];

beforeAll(() => useWorkspaceBackend('indexeddb'));
afterAll(() => useWorkspaceBackend(null));
afterEach(async () => {
  workers.splice(0).forEach((worker) => worker.terminate());
  if (await exists(top)) await remove(top, { recursive: true });
});

/** A worker on the IndexedDB workspace; each call is one request, answered in order. */
function workspaceWorker(): (request: WorkspaceRequest) => Promise<string | string[] | null> {
  const worker = new WorkspaceWorker();
  workers.push(worker);
  return (request) =>
    new Promise((resolve, reject) => {
      worker.onmessage = ({ data }: MessageEvent<WorkspaceReply>) =>
        data.ok ? resolve(data.value) : reject(new Error(data.error));
      worker.onerror = (event) => reject(new Error(event.message));
      worker.postMessage(request);
    });
}

test('Chromium has OPFS, so only the seam makes it use IndexedDB', () => {
  useWorkspaceBackend(null);
  expect(workspaceBackend()).toBe('opfs');
  useWorkspaceBackend('indexeddb');
  expect(workspaceBackend()).toBe('indexeddb');
});

test("two workers see each other's writes at once, and the Files panel lists them", async () => {
  const first = workspaceWorker();
  const second = workspaceWorker();
  await first({ op: 'write', path: `${top}/from_first.txt`, text: 'one' });
  expect(await second({ op: 'list', path: top })).toEqual(['from_first.txt']);
  expect(await second({ op: 'read', path: `${top}/from_first.txt` })).toBe('one');
  await second({ op: 'write', path: `${top}/deeper/from_second.txt`, text: 'two' });
  expect(await first({ op: 'list', path: top })).toEqual(['deeper', 'from_first.txt']);
  expect(await first({ op: 'read', path: `${top}/deeper/from_second.txt` })).toBe('two');
  await first({ op: 'write', path: `${top}/from_first.txt`, text: 'one, again' });
  expect(await second({ op: 'read', path: `${top}/from_first.txt` })).toBe('one, again');

  const listed = (await readTree()).children.find((entry) => entry.path === top);
  expect(listed).toMatchObject({
    kind: 'folder',
    children: [
      {
        kind: 'folder',
        path: `${top}/deeper`,
        children: [{ kind: 'file', name: 'from_second.txt', size: 3 }],
      },
      { kind: 'file', name: 'from_first.txt', size: 'one, again'.length },
    ],
  });

  // The files are in IndexedDB, not in OPFS (which this engine also has).
  useWorkspaceBackend('opfs');
  try {
    expect(await entryAt(top)).toBeNull();
  } finally {
    useWorkspaceBackend('indexeddb');
  }
});

test("a worker's errors are the runtime's own on IndexedDB too", async () => {
  const worker = workspaceWorker();
  await expect(worker({ op: 'read', path: `${top}/nothing.txt` })).rejects.toThrow(
    /^FileNotFoundError: No such file/,
  );
  await worker({ op: 'write', path: `${top}/file.txt`, text: 'x' });
  await expect(worker({ op: 'list', path: `${top}/file.txt` })).rejects.toThrow(/^NotADirectoryError/);
  await expect(worker({ op: 'write', path: `${top}/file.txt/inside.txt`, text: 'x' })).rejects.toThrow(
    /^NotADirectoryError/,
  );
});
