import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { DebouncedDraftSaver, DraftStore, restoreFiles } from './drafts';
import { MemoryStorage } from './memory-storage';

const starter = { 'main.ts': 'starter', 'util.ts': 'helper' };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('a saved draft is restored per lesson, and other lessons keep their own', () => {
  const storage = new MemoryStorage();
  const drafts = new DraftStore(storage);
  drafts.save('01-a', { ...starter, 'main.ts': 'edited A' }, starter);
  drafts.save('02-b', { 'main.ts': 'edited B' }, { 'main.ts': 'b' });

  // A new store over the same storage is what a reload sees.
  const reloaded = new DraftStore(storage);
  expect(reloaded.load('01-a')?.files).toEqual({ 'main.ts': 'edited A', 'util.ts': 'helper' });
  expect(reloaded.load('02-b')?.files).toEqual({ 'main.ts': 'edited B' });
  expect(reloaded.load('03-c')).toBeNull();
});

test('files equal to the starter files remove the draft', () => {
  const storage = new MemoryStorage();
  const drafts = new DraftStore(storage);
  drafts.save('01-a', { ...starter, 'main.ts': 'edited' }, starter);
  drafts.save('01-a', { ...starter }, starter);
  expect(drafts.load('01-a')).toBeNull();
  expect(storage.length).toBe(0);
});

test('a corrupt or foreign value in storage counts as no draft', () => {
  const storage = new MemoryStorage();
  storage.setItem(DraftStore.key('01-a'), '{not json');
  storage.setItem(DraftStore.key('02-b'), JSON.stringify({ version: 1, files: { 'main.ts': 42 } }));
  const drafts = new DraftStore(storage);
  expect(drafts.load('01-a')).toBeNull();
  expect(drafts.load('02-b')).toBeNull();
});

test('a full storage makes save report failure instead of throwing', () => {
  const storage = new MemoryStorage();
  storage.full = true;
  expect(new DraftStore(storage).save('01-a', { 'main.ts': 'x' }, starter)).toBe(false);
});

test('restoring gives the draft exactly, plus only starter files added since it was saved', () => {
  const draft = { files: { 'main.ts': 'mine' }, starterNames: ['main.ts', 'util.ts'] };
  expect(restoreFiles(starter, draft)).toEqual({ 'main.ts': 'mine' });
  const grown = { ...starter, 'extra.ts': 'new in the lesson' };
  expect(restoreFiles(grown, draft)).toEqual({ 'main.ts': 'mine', 'extra.ts': 'new in the lesson' });
  expect(restoreFiles(starter, null)).toEqual(starter);
});

test('the saver writes once after typing pauses, and flush writes at once', () => {
  const storage = new MemoryStorage();
  const drafts = new DraftStore(storage);
  const saved: boolean[] = [];
  const saver = new DebouncedDraftSaver(drafts, (ok) => saved.push(ok), 300);

  saver.schedule('01-a', () => ({ files: { 'main.ts': 'a' }, starter }));
  vi.advanceTimersByTime(200);
  saver.schedule('01-a', () => ({ files: { 'main.ts': 'ab' }, starter }));
  vi.advanceTimersByTime(200);
  expect(drafts.load('01-a')).toBeNull();
  vi.advanceTimersByTime(100);
  expect(drafts.load('01-a')?.files).toEqual({ 'main.ts': 'ab' });
  expect(saved).toEqual([true]);

  saver.schedule('01-a', () => ({ files: { 'main.ts': 'abc' }, starter }));
  saver.flush();
  expect(drafts.load('01-a')?.files).toEqual({ 'main.ts': 'abc' });
  expect(saver.hasPending).toBe(false);
});

test('a pending draft of one lesson is saved when another lesson starts typing', () => {
  const drafts = new DraftStore(new MemoryStorage());
  const saver = new DebouncedDraftSaver(drafts, () => {}, 300);
  saver.schedule('01-a', () => ({ files: { 'main.ts': 'for A' }, starter }));
  saver.schedule('02-b', () => ({ files: { 'main.ts': 'for B' }, starter }));
  expect(drafts.load('01-a')?.files).toEqual({ 'main.ts': 'for A' });
  vi.advanceTimersByTime(300);
  expect(drafts.load('02-b')?.files).toEqual({ 'main.ts': 'for B' });
});
