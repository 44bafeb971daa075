import { beforeEach, expect, test } from 'vitest';
import { exists, remove, writeFile } from '../../runtime/fs/fs';
import { filesOf, findEntry, readTree, type WorkspaceFolder } from './workspace-tree';

const top = 'tree-test';
beforeEach(async () => {
  if (await exists(top)) await remove(top, { recursive: true });
});

test('the tree holds every folder and file, folders first, numbers in order', async () => {
  for (const name of ['sample_10.png', 'sample_9.png', 'out/b.png', 'a.txt'])
    await writeFile(`${top}/${name}`, name);
  const folder = findEntry(await readTree(), top) as WorkspaceFolder;
  expect(folder.children.map((entry) => entry.name)).toEqual([
    'out',
    'a.txt',
    'sample_9.png',
    'sample_10.png',
  ]);
  expect(filesOf(folder).map((file) => [file.path, file.size])).toEqual([
    [`${top}/out/b.png`, 9],
    [`${top}/a.txt`, 5],
    [`${top}/sample_9.png`, 12],
    [`${top}/sample_10.png`, 13],
  ]);
});
