import { test, expect } from './fixtures';
import { files, openLesson, typeAtTop, visibleCode } from './lesson-page-helpers';

test('lesson 1 shows its prose first, then the editor with main.ts', async ({ page, watch }) => {
  await page.goto('/#/01-first-worker');
  await expect(page.getByTestId('lesson-title')).toHaveText('Your first worker');
  await expect(page.getByRole('tab', { name: 'main.ts' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('editor').locator('.monaco-editor')).toBeVisible({ timeout: 15_000 });
  const main = (await files(page))['main.ts'] ?? '';
  const firstLine = main.split('\n')[0] ?? '';
  // Monaco renders spaces as non-breaking spaces.
  await expect(visibleCode(page)).toContainText(firstLine.replace(/ /g, '\u00a0'));
  for (const id of ['run', 'stop', 'reset', 'solution', 'console', 'timeline', 'chart', 'check-results']) {
    await expect(page.getByTestId(id)).toBeVisible();
  }
  expect(watch.consoleErrors).toEqual([]);
});

test('an edit is still there after a reload, even one made just before it', async ({ page }) => {
  await openLesson(page, '01-first-worker');
  await typeAtTop(page, '// my note\n');
  expect((await files(page))['main.ts']).toMatch(/^\/\/ my note\n/);
  // No wait for the 300 ms save: leaving the page saves at once.
  await page.reload();
  await expect(visibleCode(page)).toContainText('//\u00a0my\u00a0note', { timeout: 15_000 });
  expect((await files(page))['main.ts']).toMatch(/^\/\/ my note\n/);
});

test('Reset brings the starter files back, and Undo brings the edit back', async ({ page }) => {
  await openLesson(page, '01-first-worker');
  const starter = await files(page);
  await typeAtTop(page, '// keep me\n');
  const edited = await files(page);

  await page.getByTestId('reset').click();
  expect(await files(page)).toEqual(starter);
  await expect(visibleCode(page)).not.toContainText('keep\u00a0me');
  await expect(page.getByRole('status').filter({ hasText: 'reset to the starter files' })).toBeVisible();

  await page.getByTestId('undo').click();
  expect(await files(page)).toEqual(edited);
  await expect(visibleCode(page)).toContainText('keep\u00a0me');
  await expect(page.getByTestId('undo')).toHaveCount(0);

  // What Undo restored is saved, like any edit.
  await page.reload();
  await expect(visibleCode(page)).toContainText('keep\u00a0me', { timeout: 15_000 });
});

test('Show solution replaces the files, and Undo restores the learner’s own', async ({ page }) => {
  await openLesson(page, '01-first-worker');
  await typeAtTop(page, '// my attempt\n');
  const attempt = await files(page);

  await page.getByTestId('solution').click();
  const solution = await files(page);
  expect(solution).not.toEqual(attempt);
  expect(solution['main.ts']).not.toContain('my attempt');
  await expect(page.getByRole('status').filter({ hasText: 'replaced by the solution' })).toBeVisible();

  await page.getByTestId('undo').click();
  expect(await files(page)).toEqual(attempt);
});

test('each lesson keeps its own draft when the learner switches lessons', async ({ page }) => {
  await openLesson(page, '01-first-worker');
  await typeAtTop(page, '// lesson one note\n');
  await page
    .getByTestId('lesson-list')
    .getByRole('link', { name: /Several workers/ })
    .click();
  await expect(page.getByTestId('lesson-title')).toHaveText('Several workers with arguments');
  await page.evaluate(() => window.parallelLab.open('02-several-workers'));
  expect((await files(page))['main.ts']).not.toContain('lesson one note');
  await typeAtTop(page, '// lesson two note\n');

  await page
    .getByTestId('lesson-list')
    .getByRole('link', { name: /Your first worker/ })
    .click();
  await page.evaluate(() => window.parallelLab.open('01-first-worker'));
  expect((await files(page))['main.ts']).toMatch(/^\/\/ lesson one note\n/);
  await page.evaluate(() => window.parallelLab.open('02-several-workers'));
  expect((await files(page))['main.ts']).toMatch(/^\/\/ lesson two note\n/);
});

test('the original Python is one tab away, in the editor', async ({ page }) => {
  await openLesson(page, '01-first-worker');
  await page.getByRole('tab', { name: /simple_process\.py/ }).click();
  await expect(visibleCode(page)).toContainText('import\u00a0multiprocessing');
  await page.getByRole('tab', { name: 'main.ts' }).click();
  await expect(visibleCode(page)).not.toContainText('import\u00a0multiprocessing');
});

test('switching to 日本語 translates the prose and every control, and back', async ({ page }) => {
  await openLesson(page, '01-first-worker');
  await page.getByTestId('language').selectOption('ja');
  await expect(page.getByTestId('lesson-title')).toHaveText('はじめてのワーカー');
  await expect(page.getByTestId('run')).toHaveText('▶ 実行');
  await expect(page.getByTestId('reset')).toHaveText('↺ リセット');
  await expect(page.getByTestId('solution')).toHaveText('解答を表示');
  await expect(page.getByTestId('console').getByRole('heading')).toHaveText('コンソール');
  await expect(page.getByTestId('check-results').getByRole('heading')).toHaveText('チェック');
  await expect(page.getByRole('tab', { name: /Python（ラボの原典）/ })).toBeVisible();
  await expect(page.getByText(/レッスン中 0 完了/)).toBeVisible();

  await page.getByTestId('language').selectOption('en');
  await expect(page.getByTestId('lesson-title')).toHaveText('Your first worker');
  await expect(page.getByTestId('run')).toHaveText('▶ Run');
  await expect(page.getByTestId('console').getByRole('heading')).toHaveText('Console');
});

test('a completed lesson is ticked in the list, and the progress bar counts it', async ({ page }) => {
  await page.addInitScript(() =>
    localStorage.setItem(
      'parallel-lab:progress',
      JSON.stringify({ version: 1, completed: { '01-first-worker': Date.now() } }),
    ),
  );
  await page.goto('/#/02-several-workers');
  const total = await page.evaluate(() => window.parallelLab.lessons().length);
  await expect(page.getByTestId('progress')).toHaveAttribute('value', '1');
  await expect(page.getByText(`1 of ${total} lessons complete`)).toBeVisible();
  const list = page.getByTestId('lesson-list');
  await expect(list.getByRole('link', { name: /Your first worker.*completed/ })).toBeVisible();
  await expect(list.getByRole('link', { name: /Several workers/ })).not.toContainText('completed');
});

test('window.parallelLab edits files, sets the time scale, and opens lessons', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => window.parallelLab.open('02-several-workers'));
  await expect(page.getByTestId('lesson-title')).toHaveText('Several workers with arguments');
  await expect(page.getByTestId('editor').locator('.monaco-editor')).toBeVisible();

  await page.evaluate(() => window.parallelLab.setFiles({ 'main.ts': '// set by a test\n' }));
  await expect(visibleCode(page)).toContainText('//\u00a0set\u00a0by\u00a0a\u00a0test');
  expect(await files(page)).toEqual({ 'main.ts': '// set by a test\n' });

  await expect(page.getByText('Time ×')).toHaveCount(0);
  await page.evaluate(() => window.parallelLab.setTimeScale(0.1));
  await expect(page.getByText('Time ×0.1')).toBeVisible();
  await expect(page.evaluate(() => window.parallelLab.setTimeScale(-1))).rejects.toThrow(/positive number/);

  await page.reload();
  await page.evaluate(() => window.parallelLab.open('02-several-workers'));
  expect(await files(page)).toEqual({ 'main.ts': '// set by a test\n' });
});

test('opening one lesson after another logs no error', async ({ page, watch }) => {
  // Monaco once logged "depends on UNKNOWN service" for every editor made after its TypeScript
  // support had loaded (src/ui/editor/monaco.ts says why): the second lesson showed it.
  for (const id of ['01-first-worker', '02-several-workers', '03-pool-basics']) {
    await openLesson(page, id);
    await expect(page.getByTestId('editor').locator('.monaco-editor')).toBeVisible();
  }
  // Monaco logged the errors while it made each later editor, before it showed. A round trip to
  // the page after that delivers every console message sent before it.
  await page.evaluate(() => 0);
  expect(watch.consoleErrors).toEqual([]);
});
