import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { DraftStore } from '../../lessons/drafts';
import { MemoryStorage } from '../../lessons/memory-storage';
import { ProgressStore } from '../../lessons/progress';
import type { Lesson, LessonFiles } from '../../lessons/registry';
import type { CommentTranslations, Language } from '../../lessons/types';
import type { RunReport } from '../../sandbox/report';
import { LessonSession } from './lesson-session';

function fakeLesson(
  id: string,
  starter: LessonFiles,
  solution: LessonFiles | null = null,
  comments: CommentTranslations = {},
  originals: LessonFiles = { 'lab.py': 'print(1)' },
): Lesson {
  return {
    id,
    number: Number(id.slice(0, 2)),
    title: { en: id, ja: id },
    summary: { en: '', ja: '' },
    loadProse: () => Promise.resolve({ en: '', ja: '' }),
    needsIsolation: false,
    loadFiles: async () => ({ ...starter }),
    loadSolution: async () => solution,
    loadOriginals: async () => ({ ...originals }),
    loadCheck: async () => () => [],
    loadComments: async () => comments,
  };
}

const lessonA = fakeLesson(
  '01-a',
  { 'main.ts': 'starter A', 'util.ts': 'util A' },
  { 'main.ts': 'solved A', 'util.ts': 'util A' },
);
const lessonB = fakeLesson('02-b', { 'main.ts': 'starter B' });

function report(over: Partial<RunReport> = {}): RunReport {
  return {
    status: 'ok',
    seconds: 1,
    language: 'ts',
    output: [],
    processes: [],
    tasks: [],
    files: [],
    plots: 0,
    ...over,
  };
}

let storage: MemoryStorage;
let progress: ProgressStore;
function newSession(language: Language = 'en'): LessonSession {
  return new LessonSession(new DraftStore(storage), progress, language);
}

beforeEach(() => {
  vi.useFakeTimers();
  storage = new MemoryStorage();
  progress = new ProgressStore(storage);
});
afterEach(() => vi.useRealTimers());

test('a lesson opens with its starter files, solution and original Python', async () => {
  const session = newSession();
  const opening = session.open(lessonA);
  expect(session.getState().status).toBe('loading');
  await opening;
  const state = session.getState();
  expect(state).toMatchObject({ status: 'ready', files: { 'main.ts': 'starter A', 'util.ts': 'util A' } });
  expect(state.solution).toEqual({ 'main.ts': 'solved A', 'util.ts': 'util A' });
  expect(state.originals).toEqual({ 'lab.py': 'print(1)' });
});

test('edits are saved after 300 ms of quiet and come back after a reload', async () => {
  const session = newSession();
  await session.open(lessonA);
  session.editFile('main.ts', 'my edit');
  expect(session.getState().files['main.ts']).toBe('my edit');
  vi.advanceTimersByTime(299);
  expect(new DraftStore(storage).load('01-a')).toBeNull();
  vi.advanceTimersByTime(1);

  const reloaded = newSession();
  await reloaded.open(lessonA);
  expect(reloaded.getState().files).toEqual({ 'main.ts': 'my edit', 'util.ts': 'util A' });
});

test('flushDraft saves at once (the page is being hidden)', async () => {
  const session = newSession();
  await session.open(lessonA);
  session.editFile('main.ts', 'typed just now');
  session.flushDraft();
  expect(new DraftStore(storage).load('01-a')?.files['main.ts']).toBe('typed just now');
});

test('switching lessons keeps each lesson its own draft', async () => {
  const session = newSession();
  await session.open(lessonA);
  session.editFile('main.ts', 'edit A');
  await session.open(lessonB);
  session.editFile('main.ts', 'edit B');
  await session.open(lessonA);
  expect(session.getState().files['main.ts']).toBe('edit A');
  await session.open(lessonB);
  expect(session.getState().files['main.ts']).toBe('edit B');
});

test('a slow lesson load that finishes after another lesson opened is ignored', async () => {
  let release: (files: LessonFiles) => void = () => {};
  const slow = { ...lessonA, loadFiles: () => new Promise<LessonFiles>((resolve) => (release = resolve)) };
  const session = newSession();
  const first = session.open(slow);
  await session.open(lessonB);
  release({ 'main.ts': 'late A' });
  await first;
  expect(session.getState().lesson?.id).toBe('02-b');
  expect(session.getState().files).toEqual({ 'main.ts': 'starter B' });
});

test('opening the open lesson again does not reload it or drop its edits', async () => {
  const session = newSession();
  await session.open(lessonA);
  session.editFile('main.ts', 'kept');
  await session.open(lessonA);
  expect(session.getState().files['main.ts']).toBe('kept');
});

test('a lesson whose files cannot load says why', async () => {
  const broken = { ...lessonA, loadFiles: () => Promise.reject(new Error('network down')) };
  const session = newSession();
  await expect(session.open(broken)).rejects.toThrow('network down');
  expect(session.getState()).toMatchObject({ status: 'failed', loadError: 'network down' });
});

test('Reset puts the starter files back, Undo restores the edits, both saved', async () => {
  const session = newSession();
  await session.open(lessonA);
  session.editFile('main.ts', 'mine');
  session.reset();
  expect(session.getState().files['main.ts']).toBe('starter A');
  expect(session.getState().undo?.action).toBe('reset');
  expect(new DraftStore(storage).load('01-a')).toBeNull();

  session.undo();
  expect(session.getState().files['main.ts']).toBe('mine');
  expect(session.getState().undo).toBeNull();
  expect(new DraftStore(storage).load('01-a')?.files['main.ts']).toBe('mine');
});

test('Show solution is undoable too, and typing afterwards keeps the solution', async () => {
  const session = newSession();
  await session.open(lessonA);
  session.editFile('main.ts', 'mine');
  session.showSolution();
  expect(session.getState().files['main.ts']).toBe('solved A');
  session.undo();
  expect(session.getState().files['main.ts']).toBe('mine');

  session.showSolution();
  session.editFile('main.ts', 'solved A, tweaked');
  expect(session.getState().undo).toBeNull();
});

test('setFiles replaces every file and saves them at once', async () => {
  const session = newSession();
  await session.open(lessonA);
  session.setFiles({ 'main.ts': 'from a test' });
  expect(session.getState().files).toEqual({ 'main.ts': 'from a test' });
  expect(new DraftStore(storage).load('01-a')?.files).toEqual({ 'main.ts': 'from a test' });

  const reloaded = newSession();
  await reloaded.open(lessonA);
  expect(reloaded.getState().files).toEqual({ 'main.ts': 'from a test' });
});

test('setFiles before a lesson is open is refused with what to do', () => {
  expect(() => newSession().setFiles({})).toThrow(/await open\(id\)/);
});

test('the time scale must be a positive number', () => {
  const session = newSession();
  session.setTimeScale(0.05);
  expect(session.getState().timeScale).toBe(0.05);
  expect(() => session.setTimeScale(0)).toThrow(RangeError);
  expect(() => session.setTimeScale(Number.NaN)).toThrow(RangeError);
});

test('Run and Stop go to the installed controls, and only when they make sense', async () => {
  const session = newSession();
  const controls = { run: vi.fn(), stop: vi.fn() };
  session.run();
  session.setRunControls(controls);
  expect(session.getState().canRun).toBe(true);
  await session.open(lessonA);
  session.stop();
  expect(controls.stop).not.toHaveBeenCalled();
  session.run();
  expect(controls.run).toHaveBeenCalledTimes(1);
  session.runStarted();
  session.run();
  expect(controls.run).toHaveBeenCalledTimes(1);
  session.stop();
  expect(controls.stop).toHaveBeenCalledTimes(1);
});

test('a run clears the last results, shows live reports, then the final one', async () => {
  const session = newSession();
  await session.open(lessonA);
  session.setMarkers('main.ts', [{ line: 1, column: 1, message: 'old' }]);
  session.setCheckResults([{ id: 'x', ok: false, message: 'old' }]);

  session.runStarted();
  expect(session.getState()).toMatchObject({ running: true, report: null, checks: null, markers: {} });
  const live = report({ seconds: 0.5 });
  session.runProgress(live);
  expect(session.getState().report).toBe(live);
  const final = report({ status: 'error', seconds: 0.7 });
  session.runFinished(final);
  expect(session.getState()).toMatchObject({ running: false, report: final });
  // A late live update of the finished run does not replace its final report.
  session.runProgress(live);
  expect(session.getState().report).toBe(final);
});

test('a run saves the pending draft first, so a crash loses no edit', async () => {
  const session = newSession();
  await session.open(lessonA);
  session.editFile('main.ts', 'about to run');
  session.runStarted();
  expect(new DraftStore(storage).load('01-a')?.files['main.ts']).toBe('about to run');
});

test('the lesson is complete only when every check passes', async () => {
  const session = newSession();
  await session.open(lessonA);
  session.setCheckResults([]);
  session.setCheckResults([
    { id: 'a', ok: true, message: '' },
    { id: 'b', ok: false, message: '' },
  ]);
  expect(progress.isComplete('01-a')).toBe(false);
  session.setCheckResults([
    { id: 'a', ok: true, message: '' },
    { id: 'b', ok: true, message: '' },
  ]);
  expect(progress.isComplete('01-a')).toBe(true);
});

test('Clear hides the output so far; the next run starts from its first line', async () => {
  const session = newSession();
  await session.open(lessonA);
  session.runStarted();
  const line = { pid: 1, stream: 'log' as const, text: 'x', t: 0 };
  session.runFinished(report({ output: [line, line, line] }));
  session.clearConsole();
  expect(session.getState().consoleStart).toBe(3);
  session.runStarted();
  expect(session.getState().consoleStart).toBe(0);
});

test('opening another lesson stops the run in progress', async () => {
  const session = newSession();
  const controls = { run: vi.fn(), stop: vi.fn() };
  session.setRunControls(controls);
  await session.open(lessonA);
  session.runStarted();
  await session.open(lessonB);
  expect(controls.stop).toHaveBeenCalledTimes(1);
  expect(session.getState().running).toBe(false);
});

test('whenShown waits for the editor to show the lesson, and fails if the editor cannot load', async () => {
  const session = newSession();
  await session.open(lessonA);
  let shown = false;
  const waiting = session.whenShown('01-a').then(() => (shown = true));
  session.editorShown('02-b');
  await Promise.resolve();
  expect(shown).toBe(false);
  session.editorShown('01-a');
  await waiting;
  expect(shown).toBe(true);

  await session.open(lessonB);
  const failing = session.whenShown('02-b');
  session.editorFailed('chunk failed to load');
  await expect(failing).rejects.toThrow('chunk failed to load');
});

test('a storage that refuses drafts is reported in the state', async () => {
  const session = newSession();
  await session.open(lessonA);
  storage.full = true;
  session.editFile('main.ts', 'will not fit');
  session.flushDraft();
  expect(session.getState().draftSaved).toBe(false);
  storage.full = false;
  session.editFile('main.ts', 'fits again');
  session.flushDraft();
  expect(session.getState().draftSaved).toBe(true);
});

// ── Comments in the learner's language ─────────────────────────────────────────────────────

const commented = fakeLesson(
  '03-c',
  { 'main.ts': '// Start a worker\nstart(); // at once\n' },
  { 'main.ts': '// Start a worker\nstart(["Alice"]); // at once\n' },
  { 'Start a worker': 'ワーカーを起動する', 'at once': 'すぐに' },
  { 'lab.py': '# Start a worker\nstart()\n' },
);
const english = '// Start a worker\nstart(); // at once\n';
const japanese = '// ワーカーを起動する\nstart(); // すぐに\n';

test('a Japanese learner sees the starter, solution and original Python with Japanese comments', async () => {
  const session = newSession('ja');
  await session.open(commented);
  const state = session.getState();
  expect(state.files['main.ts']).toBe(japanese);
  expect(state.starter['main.ts']).toBe(japanese);
  expect(state.solution?.['main.ts']).toBe('// ワーカーを起動する\nstart(["Alice"]); // すぐに\n');
  expect(state.originals['lab.py']).toBe('# ワーカーを起動する\nstart()\n');
});

test('an English learner sees the code as written', async () => {
  const session = newSession('en');
  await session.open(commented);
  expect(session.getState().files['main.ts']).toBe(english);
  expect(session.getState().originals['lab.py']).toBe('# Start a worker\nstart()\n');
});

test('switching the language translates the open files in place and keeps the edit; it saves no draft', async () => {
  const session = newSession('ja');
  await session.open(commented);
  session.setLanguage('en');
  session.setLanguage('ja');
  session.flushDraft();
  expect(new DraftStore(storage).load('03-c')).toBeNull();

  session.editFile('main.ts', japanese.replace('start();', 'start(2);'));
  session.setLanguage('en');
  expect(session.getState().files['main.ts']).toBe(english.replace('start();', 'start(2);'));
  expect(session.getState().starter['main.ts']).toBe(english);
  expect(session.getState().originals['lab.py']).toBe('# Start a worker\nstart()\n');
  expect(session.getState().language).toBe('en');
});

test("the learner's own comments never change language, nor a comment they added a line to", async () => {
  const session = newSession('en');
  await session.open(commented);
  const mine = `// 自分のメモ\n// my own note\n\n${english}// Start a worker\n// and one more line\n`;
  session.editFile('main.ts', mine);
  session.setLanguage('ja');
  expect(session.getState().files['main.ts']).toBe(
    `// 自分のメモ\n// my own note\n\n${japanese}// Start a worker\n// and one more line\n`,
  );
  session.setLanguage('en');
  expect(session.getState().files['main.ts']).toBe(mine);
});

test('a draft is stored with English comments and reads back in either language after a reload', async () => {
  const session = newSession('ja');
  await session.open(commented);
  session.editFile('main.ts', japanese.replace('start();', 'start(3);'));
  session.flushDraft();
  expect(new DraftStore(storage).load('03-c')?.files['main.ts']).toBe(
    english.replace('start();', 'start(3);'),
  );

  const inEnglish = newSession('en');
  await inEnglish.open(commented);
  expect(inEnglish.getState().files['main.ts']).toBe(english.replace('start();', 'start(3);'));
  const inJapanese = newSession('ja');
  await inJapanese.open(commented);
  expect(inJapanese.getState().files['main.ts']).toBe(japanese.replace('start();', 'start(3);'));
});

test('editing back to the starter in the other language removes the draft', async () => {
  const session = newSession('en');
  await session.open(commented);
  session.editFile('main.ts', english.replace('start();', 'start(4);'));
  session.flushDraft();
  session.setLanguage('ja');
  session.editFile('main.ts', japanese);
  session.flushDraft();
  expect(new DraftStore(storage).load('03-c')).toBeNull();
});

test('a language switch keeps the Undo of a Reset, in the new language', async () => {
  const session = newSession('en');
  await session.open(commented);
  session.editFile('main.ts', english.replace('start();', 'start(5);'));
  session.reset();
  session.setLanguage('ja');
  expect(session.getState().undo?.action).toBe('reset');
  expect(session.getState().files['main.ts']).toBe(japanese);
  session.undo();
  expect(session.getState().files['main.ts']).toBe(japanese.replace('start();', 'start(5);'));
});

test('a language chosen while the lesson loads applies when it arrives', async () => {
  const session = newSession('en');
  const opening = session.open(commented);
  session.setLanguage('ja');
  await opening;
  expect(session.getState().files['main.ts']).toBe(japanese);
});
