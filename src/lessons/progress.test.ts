import { expect, test } from 'vitest';
import { MemoryStorage } from './memory-storage';
import { ProgressStore } from './progress';

test('a completed lesson stays complete after a reload', () => {
  const storage = new MemoryStorage();
  new ProgressStore(storage).markComplete('01-a');
  const reloaded = new ProgressStore(storage);
  expect(reloaded.isComplete('01-a')).toBe(true);
  expect(reloaded.isComplete('02-b')).toBe(false);
  expect([...reloaded.getSnapshot()]).toEqual(['01-a']);
});

test('subscribers hear each new completion once, with a new snapshot', () => {
  const progress = new ProgressStore(new MemoryStorage());
  let calls = 0;
  const unsubscribe = progress.subscribe(() => calls++);
  const before = progress.getSnapshot();
  progress.markComplete('01-a');
  progress.markComplete('01-a');
  expect(calls).toBe(1);
  expect(progress.getSnapshot()).not.toBe(before);
  unsubscribe();
  progress.markComplete('02-b');
  expect(calls).toBe(1);
});

test('unreadable stored progress starts empty rather than failing', () => {
  const storage = new MemoryStorage();
  storage.setItem('parallel-lab:progress', '"oops"');
  expect(new ProgressStore(storage).getSnapshot().size).toBe(0);
});
