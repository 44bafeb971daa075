import { test, expect, printed } from './fixtures';

// The badge tells the truth: every feature it names as missing really fails when a program uses
// it, with the runtime's own error saying the same, and every feature it does not name works.
const timeScale = 0.1;

const usesSharedMemory = `import { SharedArray } from 'parallel';
if (import.meta.main) {
  const cells = new SharedArray('i', 4);
  cells.set(0, 42);
  console.log('shared', cells.get(0));
}
`;

const writesAFile = `import { readFile, writeFile } from 'parallel/fs';
if (import.meta.main) {
  await writeFile('badge_test/badge.txt', 'written');
  console.log('file', await readFile('badge_test/badge.txt', 'utf8'));
}
`;

test('the isolation badge names exactly the features that fail, as the runtime does', async ({ lab }) => {
  await lab.open('01-first-worker');
  const badge = await lab.badge();
  expect(await lab.isolated()).toBe(true);
  console.log(`badge: ${badge.ok ? 'ok' : `missing ${badge.missing.join(', ')}`}`);
  expect(badge.ok).toBe(badge.missing.length === 0);

  await lab.setFiles({ 'main.ts': usesSharedMemory });
  const shared = (await lab.run({ timeScale, timeLimit: 60 })).report;
  if (badge.missing.includes('sharedMemory')) {
    expect(shared.status).toBe('error');
    expect(shared.error?.message).toContain('does not give even to a cross-origin isolated page');
    expect(badge.text).toContain('No SharedArrayBuffer');
  } else {
    expect(
      shared.output.map((line) => line.text),
      printed(shared),
    ).toEqual(['shared 42']);
  }

  await lab.setFiles({ 'main.ts': writesAFile });
  const file = (await lab.run({ timeScale, timeLimit: 60 })).report;
  if (badge.missing.includes('fileSystem')) {
    expect(file.status).toBe('error');
    expect(file.error?.message).toContain('Origin Private File System');
    expect(badge.text).toContain('Origin Private File System');
  } else {
    expect(
      file.output.map((line) => line.text),
      printed(file),
    ).toEqual(['file written']);
    // The badge says the files are in IndexedDB exactly when the run's worker put them there.
    expect(badge.notes.includes('workspace-indexeddb')).toBe(await lab.engine.evaluate(fileInIndexedDb));
  }
});

/** Whether the workspace's IndexedDB (runtime/fs/indexeddb-folder.ts) holds the file the run wrote. */
async function fileInIndexedDb(): Promise<boolean> {
  const name = 'parallel-lab-workspace';
  // Opened only if it exists: opening would create it without its stores.
  if (!(await indexedDB.databases()).some((db) => db.name === name)) return false;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
  });
  try {
    const request = db.transaction('entries').objectStore('entries').get('badge_test/badge.txt');
    return await new Promise<boolean>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result !== undefined);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
    });
  } finally {
    db.close();
  }
}
