import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { DraftStore } from '../../lessons/drafts';
import { MemoryStorage } from '../../lessons/memory-storage';
import { ProgressStore } from '../../lessons/progress';
import { LessonSession } from './lesson-session';
import { fakeLesson, fakePrograms, type FakeProgram } from './test-doubles';

const lessonA = fakeLesson(
  '01-a',
  { 'main.ts': 'starter A' },
  { check: () => [{ id: 'a', ok: true, message: 'ok' }] },
);
const lessonB = fakeLesson('02-b', { 'main.ts': 'starter B' });

let storage: MemoryStorage;
let programs: ReturnType<typeof fakePrograms>;
let session: LessonSession;

beforeEach(() => {
  storage = new MemoryStorage();
  programs = fakePrograms();
  session = new LessonSession({
    drafts: new DraftStore(storage),
    progress: new ProgressStore(storage),
    startProgram: programs.start,
  });
});
afterEach(() => vi.useRealTimers());

const started = (): FakeProgram => programs.started.at(-1) as FakeProgram;

test('Run before a lesson is open is refused with what to do', async () => {
  await expect(session.run()).rejects.toThrow(/No lesson is open yet/);
  expect(programs.started).toHaveLength(0);
});

test('Run runs the files as the editor holds them, saving the pending draft first', async () => {
  vi.useFakeTimers();
  await session.open(lessonA);
  session.files.editFile('main.ts', 'about to run');
  void session.run({ entry: 'main.ts', timeLimit: 3 });
  expect(new DraftStore(storage).load('01-a')?.files['main.ts']).toBe('about to run');
  expect(started().files).toEqual({ 'main.ts': 'about to run' });
  expect(started().options).toMatchObject({ entry: 'main.ts', timeLimit: 3, language: 'en' });
});

test('the runtime and the checks speak the language the files are shown in', async () => {
  await session.open(lessonA);
  session.files.setLanguage('ja');
  void session.run();
  expect(started().options.language).toBe('ja');
});

test('opening another lesson stops the run in progress and clears its results', async () => {
  await session.open(lessonA);
  const run = session.run();
  await session.open(lessonB);
  expect(started().stopped).toBe(true);
  await run;
  expect(session.runs.getState()).toMatchObject({ running: false, report: null, checks: null });
});

test('opening the open lesson again keeps its run', async () => {
  await session.open(lessonA);
  void session.run();
  await session.open(lessonA);
  expect(started().stopped).toBe(false);
  expect(session.runs.getState().running).toBe(true);
});

test('check judges the last run, and runs the files first when they never ran', async () => {
  await session.open(lessonA);
  const checking = session.check();
  await vi.waitFor(() => expect(programs.started).toHaveLength(1));
  started().finish();
  expect(await checking).toEqual([{ id: 'a', ok: true, message: 'ok' }]);
  expect(await session.check()).toEqual([{ id: 'a', ok: true, message: 'ok' }]);
  expect(programs.started).toHaveLength(1);
  expect(session.progress.isComplete('01-a')).toBe(true);
});

const withPython = fakeLesson('03-p', { 'main.ts': 'ts' }, { originals: { 'lab.py': 'print(1)\n' } });

test('Run runs main.ts while TypeScript is shown, and the shown Python file once its tab is open', async () => {
  const prepared: string[] = [];
  session = new LessonSession({
    drafts: new DraftStore(storage),
    progress: new ProgressStore(storage),
    startProgram: programs.start,
    preparePython: () => prepared.push('python'),
  });
  await session.open(withPython);
  void session.runShownFile();
  expect(started().options.entry).toBeUndefined();
  expect(prepared).toEqual([]);

  session.showFile('lab.py');
  expect(prepared).toEqual(['python']);
  void session.runShownFile();
  expect(started().options.entry).toBe('lab.py');
  expect(started().files).toEqual({ 'main.ts': 'ts', 'lab.py': 'print(1)\n' });

  session.showFile('main.ts');
  void session.runShownFile();
  expect(started().options.entry).toBeUndefined();
  expect(prepared).toEqual(['python']);
});
