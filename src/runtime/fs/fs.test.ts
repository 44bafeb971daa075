import { afterEach, beforeEach, expect, onTestFinished, test } from 'vitest';
import * as tasks from '../fixtures/tasks';
import { startTestRun, type TestRun } from '../test-support';
import { Pool } from '../index';
import {
  exists,
  listdir,
  makedirs,
  path,
  readFile,
  remove,
  stat,
  FileExistsError,
  FileNotFoundError,
} from './index';
import { useWorkspaceBackend } from './workspace';

const tasksUrl = new URL('../fixtures/tasks.ts', import.meta.url).href;
let run: TestRun;
beforeEach(async () => {
  run = startTestRun({ [tasksUrl]: tasks });
  if (await exists('fs-test')) await remove('fs-test', { recursive: true });
});
afterEach(() => run.close());

test('files written by workers are read by the page: one file system per origin', async () => {
  await using pool = new Pool(2);
  await pool.starmap(tasks.writeNote, [
    ['fs-test/notes/a.txt', 'alpha'],
    ['fs-test/notes/b.txt', 'beta'],
  ]);
  expect(await listdir('fs-test/notes')).toEqual(['a.txt', 'b.txt']);
  expect(await readFile('fs-test/notes/b.txt', 'utf8')).toBe('beta');
  expect((await stat('fs-test/notes/a.txt')).size).toBe(5);
  await run.settle();
  expect(run.events.filter((e) => e.type === 'file').map((e) => ('path' in e ? e.path : ''))).toEqual(
    expect.arrayContaining(['fs-test/notes/a.txt', 'fs-test/notes/b.txt']),
  );
});

test.for(['opfs', 'indexeddb'] as const)(
  'makedirs, exists and remove behave like Python (on %s)',
  async (backend) => {
    useWorkspaceBackend(backend);
    onTestFinished(() => useWorkspaceBackend(null));
    if (await exists('fs-test')) await remove('fs-test', { recursive: true });
    await makedirs('fs-test/x/y');
    expect(await exists('fs-test/x/y')).toBe(true);
    await expect(makedirs('fs-test/x/y')).rejects.toBeInstanceOf(FileExistsError);
    await makedirs('fs-test/x/y', { existOk: true });
    await expect(remove('fs-test/x')).rejects.toThrow(/not empty.*recursive/);
    await remove('fs-test/x', { recursive: true });
    expect(await exists('fs-test/x')).toBe(false);
    await expect(readFile('fs-test/missing.txt')).rejects.toBeInstanceOf(FileNotFoundError);
  },
);

test('paths join and split like os.path, and cannot leave the workspace', () => {
  expect(path.join('sample_images', 'a.png')).toBe('sample_images/a.png');
  expect(path.basename('out/blur/a.png')).toBe('a.png');
  expect(path.dirname('out/blur/a.png')).toBe('out/blur');
  expect(path.extname('a.tar.png')).toBe('.png');
  expect(() => path.normalize('../etc/passwd')).toThrow(/leaves the lesson's file system/);
});
