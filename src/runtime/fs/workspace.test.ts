import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { setPageLanguage } from '../messages';
import { readFile, remove, writeFile, exists, FileNotFoundError, NotADirectoryError } from './fs';
import {
  entryAt,
  folderAt,
  isMissing,
  openFile,
  pathParts,
  replaceFile,
  useWorkspaceBackend,
  walk,
  type WorkspaceBackend,
} from './workspace';

const top = 'workspace-test';
const backends: WorkspaceBackend[] = ['opfs', 'indexeddb'];

// Both backends, in one engine: each must behave as the other, errors included.
describe.each(backends)('on %s', (backend) => {
  beforeAll(() => useWorkspaceBackend(backend));
  afterAll(() => useWorkspaceBackend(null));
  beforeEach(async () => {
    if (await exists(top)) await remove(top, { recursive: true });
  });

  test('walk gives every folder and file under a folder, with paths from the top, each folder before what it holds', async () => {
    await writeFile(`${top}/a.txt`, 'a');
    await writeFile(`${top}/sub/b.txt`, 'bb');
    await writeFile(`${top}/sub/deeper/c.txt`, 'ccc');
    const seen: string[] = [];
    for await (const entry of walk(top)) {
      seen.push(`${entry.kind} ${entry.path}${entry.kind === 'file' ? ` ${entry.file.size}` : ''}`);
    }
    expect([...seen].sort()).toEqual([
      `file ${top}/a.txt 1`,
      `file ${top}/sub/b.txt 2`,
      `file ${top}/sub/deeper/c.txt 3`,
      `folder ${top}/sub`,
      `folder ${top}/sub/deeper`,
    ]);
    expect(seen.indexOf(`folder ${top}/sub`)).toBeLessThan(seen.indexOf(`file ${top}/sub/b.txt 2`));
    const none: unknown[] = [];
    for await (const entry of walk(`${top}/missing`)) none.push(entry);
    expect(none).toEqual([]);
  });

  test('a failed write leaves the file with its old bytes, and it can be written again', async () => {
    await replaceFile(`${top}/kept.txt`, 'old');
    await expect(replaceFile(`${top}/kept.txt`, { type: 'write' } as unknown as string)).rejects.toThrow();
    expect(await readFile(`${top}/kept.txt`, 'utf8')).toBe('old');
    expect(await replaceFile(`${top}/./kept.txt`, 'new')).toBe(`${top}/kept.txt`);
    expect(await (await openFile(`${top}/kept.txt`)).text()).toBe('new');
  });

  test('what is missing: absent entries and folders on the way are null, a file on the way is not a folder', async () => {
    await writeFile(`${top}/file.txt`, 'x');
    expect(await entryAt(`${top}/nothing`)).toBeNull();
    expect(await entryAt(`${top}/file.txt/inside`)).toBeNull();
    expect((await entryAt(top))?.kind).toBe('directory');
    await expect(folderAt([top, 'file.txt', 'inside'], { create: true, shown: 'x' })).rejects.toBeInstanceOf(
      NotADirectoryError,
    );
    await expect(folderAt([top, 'nope'], { shown: 'x' })).rejects.toBeInstanceOf(FileNotFoundError);
    await expect(openFile(`${top}/nothing`)).rejects.toBeInstanceOf(FileNotFoundError);
    expect(isMissing(new DOMException('gone', 'NotFoundError'))).toBe(true);
    expect(isMissing(new DOMException('replaced', 'NotReadableError'))).toBe(true);
    expect(isMissing(new DOMException('a file', 'TypeMismatchError'))).toBe(false);
  });

  test('no path leaves the workspace', async () => {
    expect(pathParts('/a/./b/../c/')).toEqual(['a', 'c']);
    expect(() => pathParts('../outside')).toThrow(RangeError);
    await expect(replaceFile('a/../../outside.txt', 'x')).rejects.toThrow(RangeError);
    await expect(entryAt('..')).rejects.toThrow(RangeError);
  });

  afterEach(() => setPageLanguage('en'));

  test("outside a run, the workspace speaks the page's language", async () => {
    await expect(openFile(`${top}/nothing.txt`)).rejects.toThrow(/No such file/);
    setPageLanguage('ja');
    await expect(openFile(`${top}/nothing.txt`)).rejects.toThrow(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});
