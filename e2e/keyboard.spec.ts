import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

/** Presses Tab until `isTarget` holds for the focused element; fails after `limit` presses. */
async function tabUntil(page: Page, isTarget: (page: Page) => Promise<boolean>, limit = 80): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await isTarget(page)) return presses;
  }
  throw new Error(`Focus did not get there in ${limit} Tab presses`);
}

const focusInEditor = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[data-testid="editor"] .monaco-editor') != null);

test('keyboard only: reach the lesson list, open a lesson, edit in the editor and Tab out', async ({
  page,
}) => {
  await page.goto('/#/01-first-worker');
  await expect(page.getByTestId('lesson-title')).toHaveText('Your first worker');

  // The lesson list, with a visible focus ring.
  const secondLesson = page.getByTestId('lesson-list').getByRole('link', { name: /Several workers/ });
  await tabUntil(page, async () => secondLesson.evaluate((link) => link === document.activeElement));
  const outline = await secondLesson.evaluate((link) => getComputedStyle(link).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lesson-title')).toHaveText('Several workers with arguments');
  await expect(page.getByTestId('editor').locator('.monaco-editor')).toBeVisible({ timeout: 15_000 });

  // Into the editor (past the toolbar and the file tabs), and type.
  await tabUntil(page, focusInEditor);
  await expect(page.getByText(/press Ctrl\+M to make Tab move focus/)).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.type('// typed by keyboard\n');
  const main = await page.evaluate(() => window.parallelLab.getFiles()['main.ts']);
  expect(main).toMatch(/^\/\/ typed by keyboard\n/);

  // Tab indents inside the editor; Ctrl+M makes Tab leave it.
  await page.keyboard.press('Tab');
  expect(await focusInEditor(page)).toBe(true);
  await page.keyboard.press('Control+KeyM');
  await page.keyboard.press('Tab');
  expect(await focusInEditor(page)).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
});

test('keyboard only: the file tabs move with the arrow keys', async ({ page }) => {
  await page.goto('/#/01-first-worker');
  const mainTab = page.getByRole('tab', { name: 'main.ts' });
  await tabUntil(page, async () => mainTab.evaluate((tab) => tab === document.activeElement));
  await page.keyboard.press('ArrowRight');
  const pythonTab = page.getByRole('tab', { name: /simple_process\.py/ });
  await expect(pythonTab).toBeFocused();
  await expect(pythonTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel').locator('.view-lines')).toContainText(
    'import\u00a0multiprocessing',
  );
  await page.keyboard.press('Home');
  await expect(mainTab).toHaveAttribute('aria-selected', 'true');
});

test('keyboard only: run a lesson with Ctrl+Enter from the editor, and with the Run button', async ({
  page,
}) => {
  await page.goto('/#/01-first-worker');
  await expect(page.getByTestId('editor').locator('.monaco-editor')).toBeVisible({ timeout: 15_000 });
  await page.evaluate(() => window.parallelLab.setTimeScale(0.1));

  await tabUntil(page, focusInEditor);
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.getByTestId('console')).toContainText('Main process completed', { timeout: 20_000 });
  await expect(page.getByTestId('check-results')).toContainText(/checks? passed/);

  // From the top of a fresh page, Tab to Run and press Enter.
  await page.reload();
  await expect(page.getByTestId('editor').locator('.monaco-editor')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('console')).not.toContainText('Main process completed');
  const run = page.getByTestId('run');
  await tabUntil(page, async () => run.evaluate((button) => button === document.activeElement));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('console')).toContainText('Main process completed', { timeout: 20_000 });
});
