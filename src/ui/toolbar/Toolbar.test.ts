import { afterEach, expect, test } from 'vitest';
import { createElement } from 'react';
import { setLanguage } from '../i18n/language';
import { render, type Rendered } from '../test-render';
import { Toolbar, type ToolbarProps } from './Toolbar';

let rendered: Rendered | null = null;
afterEach(async () => {
  await rendered?.unmount();
  rendered = null;
  setLanguage('en');
});

const props: ToolbarProps = {
  ready: true,
  running: true,
  loadingPython: false,
  hasSolution: true,
  timeScale: 1,
  report: null,
  draftSaved: true,
  pythonFile: 'pool_example.py',
  onRun() {},
  onStop() {},
  onReset() {},
  onShowSolution() {},
};

async function status(over: Partial<ToolbarProps>): Promise<string> {
  await rendered?.unmount();
  rendered = await render(createElement(Toolbar, { ...props, ...over }));
  return rendered.container.querySelector('[role="status"]')?.textContent ?? '';
}

test('a run waiting for Python to load says so, in the page language, and then that it runs', async () => {
  expect(await status({ loadingPython: true })).toMatch(/^Loading Python…/);
  expect(await status({ loadingPython: false })).toBe('Running…');
  setLanguage('ja');
  expect(await status({ loadingPython: true })).toMatch(/^Python を読み込み中…/);
  expect(await status({ loadingPython: false })).toBe('実行中…');
});
