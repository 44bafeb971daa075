import { test, expect } from './fixtures';

test('the language switch changes the UI and the prose, and survives a reload', async ({ page }) => {
  await page.goto('/#/01-first-worker');
  await expect(page.getByRole('heading', { name: 'Lessons' })).toBeVisible();
  await expect(page.getByTestId('lesson-title')).toHaveText('Your first worker');

  await page.getByTestId('language').selectOption('ja');
  await expect(page.getByRole('heading', { name: 'レッスン' })).toBeVisible();
  await expect(page.getByTestId('lesson-title')).toHaveText('はじめてのワーカー');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');

  await page.reload();
  await expect(page.getByTestId('lesson-title')).toHaveText('はじめてのワーカー');
  await expect(page.getByTestId('language')).toHaveValue('ja');

  await page.evaluate(() => window.parallelLab.setLanguage('en'));
  await expect(page.getByTestId('lesson-title')).toHaveText('Your first worker');
});

test('window.parallelLab lists the lessons and opens one by id', async ({ page }) => {
  await page.goto('/');
  const lessons = await page.evaluate(() => window.parallelLab.lessons());
  expect(lessons).toContainEqual({ id: '01-first-worker', title: 'Your first worker' });
  await page.evaluate((id) => window.parallelLab.open(id), '01-first-worker');
  await expect(page).toHaveURL(/#\/01-first-worker$/);
  await expect(page.evaluate(() => window.parallelLab.open('99-nope'))).rejects.toThrow(
    /No lesson "99-nope"/,
  );
});
