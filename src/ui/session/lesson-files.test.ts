import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { DraftStore } from '../../lessons/drafts';
import { MemoryStorage } from '../../lessons/memory-storage';
import type { LessonFiles } from '../../lessons/registry';
import type { Language } from '../../lessons/types';
import { LessonFilesStore, shownPythonFile } from './lesson-files';
import { fakeLesson } from './test-doubles';

const lessonA = fakeLesson(
  '01-a',
  { 'main.ts': 'starter A', 'util.ts': 'util A' },
  { solution: { 'main.ts': 'solved A', 'util.ts': 'util A' } },
);
const lessonB = fakeLesson('02-b', { 'main.ts': 'starter B' });

let storage: MemoryStorage;
function newStore(language: Language = 'en'): LessonFilesStore {
  return new LessonFilesStore(new DraftStore(storage), language);
}

beforeEach(() => {
  vi.useFakeTimers();
  storage = new MemoryStorage();
});
afterEach(() => vi.useRealTimers());

test('a lesson opens with its starter files and solution, showing its first file', async () => {
  const store = newStore();
  const opening = store.open(lessonA);
  expect(store.getState().status).toBe('loading');
  await opening;
  const state = store.getState();
  expect(state).toMatchObject({ status: 'ready', files: { 'main.ts': 'starter A', 'util.ts': 'util A' } });
  expect(state.solution).toEqual({ 'main.ts': 'solved A', 'util.ts': 'util A' });
  expect(state.shownFile).toBe('main.ts');
});

// ── The lab's original Python: files of the lesson like the TypeScript ────────────────────

const withPython = fakeLesson(
  '04-p',
  { 'main.ts': 'starter P' },
  { solution: { 'main.ts': 'solved P' }, originals: { 'lab.py': 'print(1)\n' } },
);

test('the original Python comes after the TypeScript among the files the learner edits', async () => {
  const store = newStore();
  await store.open(withPython);
  expect(Object.entries(store.getState().files)).toEqual([
    ['main.ts', 'starter P'],
    ['lab.py', 'print(1)\n'],
  ]);
  expect(store.getState().starter).toEqual({ 'main.ts': 'starter P', 'lab.py': 'print(1)\n' });
  store.showFile('lab.py');
  expect(shownPythonFile(store.getState())).toBe('lab.py');
  store.showFile('main.ts');
  expect(shownPythonFile(store.getState())).toBeNull();
});

test('a Python edit is kept as a draft, and Reset restores the original', async () => {
  const store = newStore();
  await store.open(withPython);
  store.editFile('lab.py', 'print(2)\n');
  store.flushDraft();

  const reloaded = newStore();
  await reloaded.open(withPython);
  expect(reloaded.getState().files).toEqual({ 'main.ts': 'starter P', 'lab.py': 'print(2)\n' });
  reloaded.reset();
  expect(reloaded.getState().files['lab.py']).toBe('print(1)\n');
  expect(new DraftStore(storage).load('04-p')).toBeNull();
});

test('Show solution changes the TypeScript and keeps the Python as the learner left it', async () => {
  const store = newStore();
  await store.open(withPython);
  store.editFile('lab.py', 'print(3)\n');
  store.showSolution();
  expect(store.getState().files).toEqual({ 'main.ts': 'solved P', 'lab.py': 'print(3)\n' });
});

test('a draft saved before the Python was editable gains the original Python', async () => {
  new DraftStore(storage).save('04-p', { 'main.ts': 'old draft' }, { 'main.ts': 'starter P' });
  const store = newStore();
  await store.open(withPython);
  expect(store.getState().files).toEqual({ 'main.ts': 'old draft', 'lab.py': 'print(1)\n' });
});

test('setFiles with only TypeScript leaves no Python tab to show: the first file is shown', async () => {
  const store = newStore();
  await store.open(withPython);
  store.showFile('lab.py');
  store.setFiles({ 'main.ts': 'only ts' });
  expect(shownPythonFile(store.getState())).toBeNull();
});

test('edits are saved after 300 ms of quiet and come back after a reload', async () => {
  const store = newStore();
  await store.open(lessonA);
  store.editFile('main.ts', 'my edit');
  expect(store.getState().files['main.ts']).toBe('my edit');
  vi.advanceTimersByTime(299);
  expect(new DraftStore(storage).load('01-a')).toBeNull();
  vi.advanceTimersByTime(1);

  const reloaded = newStore();
  await reloaded.open(lessonA);
  expect(reloaded.getState().files).toEqual({ 'main.ts': 'my edit', 'util.ts': 'util A' });
});

test('flushDraft saves at once (the page is being hidden)', async () => {
  const store = newStore();
  await store.open(lessonA);
  store.editFile('main.ts', 'typed just now');
  store.flushDraft();
  expect(new DraftStore(storage).load('01-a')?.files['main.ts']).toBe('typed just now');
});

test('switching lessons keeps each lesson its own draft', async () => {
  const store = newStore();
  await store.open(lessonA);
  store.editFile('main.ts', 'edit A');
  await store.open(lessonB);
  store.editFile('main.ts', 'edit B');
  await store.open(lessonA);
  expect(store.getState().files['main.ts']).toBe('edit A');
  await store.open(lessonB);
  expect(store.getState().files['main.ts']).toBe('edit B');
});

test('a slow lesson load that finishes after another lesson opened is ignored', async () => {
  let release: (files: LessonFiles) => void = () => {};
  const slow = { ...lessonA, loadFiles: () => new Promise<LessonFiles>((resolve) => (release = resolve)) };
  const store = newStore();
  const first = store.open(slow);
  await store.open(lessonB);
  release({ 'main.ts': 'late A' });
  await first;
  expect(store.getState().lesson?.id).toBe('02-b');
  expect(store.getState().files).toEqual({ 'main.ts': 'starter B' });
});

test('opening the open lesson again does not reload it or drop its edits', async () => {
  const store = newStore();
  await store.open(lessonA);
  store.editFile('main.ts', 'kept');
  await store.open(lessonA);
  expect(store.getState().files['main.ts']).toBe('kept');
});

test('a lesson whose files cannot load says why', async () => {
  const broken = { ...lessonA, loadFiles: () => Promise.reject(new Error('network down')) };
  const store = newStore();
  await expect(store.open(broken)).rejects.toThrow('network down');
  expect(store.getState()).toMatchObject({ status: 'failed', loadError: 'network down' });
});

test('Reset puts the starter files back, Undo restores the edits, both saved', async () => {
  const store = newStore();
  await store.open(lessonA);
  store.editFile('main.ts', 'mine');
  store.reset();
  expect(store.getState().files['main.ts']).toBe('starter A');
  expect(store.getState().undo?.action).toBe('reset');
  expect(new DraftStore(storage).load('01-a')).toBeNull();

  store.undo();
  expect(store.getState().files['main.ts']).toBe('mine');
  expect(store.getState().undo).toBeNull();
  expect(new DraftStore(storage).load('01-a')?.files['main.ts']).toBe('mine');
});

test('Show solution is undoable too, and typing afterwards keeps the solution', async () => {
  const store = newStore();
  await store.open(lessonA);
  store.editFile('main.ts', 'mine');
  store.showSolution();
  expect(store.getState().files['main.ts']).toBe('solved A');
  store.undo();
  expect(store.getState().files['main.ts']).toBe('mine');

  store.showSolution();
  store.editFile('main.ts', 'solved A, tweaked');
  expect(store.getState().undo).toBeNull();
});

test('setFiles replaces every file and saves them at once', async () => {
  const store = newStore();
  await store.open(lessonA);
  store.setFiles({ 'main.ts': 'from a test' });
  expect(store.getState().files).toEqual({ 'main.ts': 'from a test' });
  expect(new DraftStore(storage).load('01-a')?.files).toEqual({ 'main.ts': 'from a test' });

  const reloaded = newStore();
  await reloaded.open(lessonA);
  expect(reloaded.getState().files).toEqual({ 'main.ts': 'from a test' });
});

test('setFiles before a lesson is open is refused with what to do', () => {
  expect(() => newStore().setFiles({})).toThrow(/await open\(id\)/);
});

test('a storage that refuses drafts is reported in the state', async () => {
  const store = newStore();
  await store.open(lessonA);
  storage.full = true;
  store.editFile('main.ts', 'will not fit');
  store.flushDraft();
  expect(store.getState().draftSaved).toBe(false);
  storage.full = false;
  store.editFile('main.ts', 'fits again');
  store.flushDraft();
  expect(store.getState().draftSaved).toBe(true);
});

// ── Comments in the learner's language ─────────────────────────────────────────────────────

const commented = fakeLesson(
  '03-c',
  { 'main.ts': '// Start a worker\nstart(); // at once\n' },
  {
    solution: { 'main.ts': '// Start a worker\nstart(["Alice"]); // at once\n' },
    comments: { 'Start a worker': 'ワーカーを起動する', 'at once': 'すぐに' },
    originals: { 'lab.py': '# Start a worker\nstart()\n' },
  },
);
const english = '// Start a worker\nstart(); // at once\n';
const japanese = '// ワーカーを起動する\nstart(); // すぐに\n';

test('a Japanese learner sees the starter, solution and original Python with Japanese comments', async () => {
  const store = newStore('ja');
  await store.open(commented);
  const state = store.getState();
  expect(state.files['main.ts']).toBe(japanese);
  expect(state.starter['main.ts']).toBe(japanese);
  expect(state.solution?.['main.ts']).toBe('// ワーカーを起動する\nstart(["Alice"]); // すぐに\n');
  expect(state.files['lab.py']).toBe('# ワーカーを起動する\nstart()\n');
});

test('an English learner sees the code as written', async () => {
  const store = newStore('en');
  await store.open(commented);
  expect(store.getState().files['main.ts']).toBe(english);
  expect(store.getState().files['lab.py']).toBe('# Start a worker\nstart()\n');
});

test('switching the language translates the open files in place and keeps the edit; it saves no draft', async () => {
  const store = newStore('ja');
  await store.open(commented);
  store.setLanguage('en');
  store.setLanguage('ja');
  store.flushDraft();
  expect(new DraftStore(storage).load('03-c')).toBeNull();

  store.editFile('main.ts', japanese.replace('start();', 'start(2);'));
  store.setLanguage('en');
  expect(store.getState().files['main.ts']).toBe(english.replace('start();', 'start(2);'));
  expect(store.getState().starter['main.ts']).toBe(english);
  expect(store.getState().files['lab.py']).toBe('# Start a worker\nstart()\n');
  expect(store.getState().language).toBe('en');
});

test("the learner's own comments never change language, nor a comment they added a line to", async () => {
  const store = newStore('en');
  await store.open(commented);
  const mine = `// 自分のメモ\n// my own note\n\n${english}// Start a worker\n// and one more line\n`;
  store.editFile('main.ts', mine);
  store.setLanguage('ja');
  expect(store.getState().files['main.ts']).toBe(
    `// 自分のメモ\n// my own note\n\n${japanese}// Start a worker\n// and one more line\n`,
  );
  store.setLanguage('en');
  expect(store.getState().files['main.ts']).toBe(mine);
});

test('a draft is stored with English comments and reads back in either language after a reload', async () => {
  const store = newStore('ja');
  await store.open(commented);
  store.editFile('main.ts', japanese.replace('start();', 'start(3);'));
  store.flushDraft();
  expect(new DraftStore(storage).load('03-c')?.files['main.ts']).toBe(
    english.replace('start();', 'start(3);'),
  );

  const inEnglish = newStore('en');
  await inEnglish.open(commented);
  expect(inEnglish.getState().files['main.ts']).toBe(english.replace('start();', 'start(3);'));
  const inJapanese = newStore('ja');
  await inJapanese.open(commented);
  expect(inJapanese.getState().files['main.ts']).toBe(japanese.replace('start();', 'start(3);'));
});

test('editing back to the starter in the other language removes the draft', async () => {
  const store = newStore('en');
  await store.open(commented);
  store.editFile('main.ts', english.replace('start();', 'start(4);'));
  store.flushDraft();
  store.setLanguage('ja');
  store.editFile('main.ts', japanese);
  store.flushDraft();
  expect(new DraftStore(storage).load('03-c')).toBeNull();
});

test('a language switch keeps the Undo of a Reset, in the new language', async () => {
  const store = newStore('en');
  await store.open(commented);
  store.editFile('main.ts', english.replace('start();', 'start(5);'));
  store.reset();
  store.setLanguage('ja');
  expect(store.getState().undo?.action).toBe('reset');
  expect(store.getState().files['main.ts']).toBe(japanese);
  store.undo();
  expect(store.getState().files['main.ts']).toBe(japanese.replace('start();', 'start(5);'));
});

test('a language chosen while the lesson loads applies when it arrives', async () => {
  const store = newStore('en');
  const opening = store.open(commented);
  store.setLanguage('ja');
  await opening;
  expect(store.getState().files['main.ts']).toBe(japanese);
});
