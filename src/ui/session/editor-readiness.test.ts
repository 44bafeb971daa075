import { expect, test } from 'vitest';
import { EditorReadiness } from './editor-readiness';

test('whenShown waits for the editor to show that lesson', async () => {
  const editor = new EditorReadiness();
  let shown = false;
  const waiting = editor.whenShown('01-a').then(() => (shown = true));
  editor.shown('02-b');
  await Promise.resolve();
  expect(shown).toBe(false);
  editor.shown('01-a');
  await waiting;
  expect(shown).toBe(true);
  await expect(editor.whenShown('01-a')).resolves.toBeUndefined();
});

test('after another lesson opens, the editor must show a lesson again before it counts', async () => {
  const editor = new EditorReadiness();
  editor.shown('01-a');
  editor.forget();
  let shown = false;
  const waiting = editor.whenShown('01-a').then(() => (shown = true));
  await Promise.resolve();
  expect(shown).toBe(false);
  editor.shown('01-a');
  await waiting;
});

test('an editor that cannot load fails every waiter, and later ones, with why', async () => {
  const editor = new EditorReadiness();
  const waiting = editor.whenShown('01-a');
  editor.failed('chunk failed to load');
  await expect(waiting).rejects.toThrow('chunk failed to load');
  await expect(editor.whenShown('02-b')).rejects.toThrow('chunk failed to load');
});
