import { expect, type Page } from '@playwright/test';

/** Goes to a lesson and waits until its files are loaded and shown in the editor. */
export async function openLesson(page: Page, id: string): Promise<void> {
  await page.goto(`/#/${id}`);
  await page.evaluate((lessonId) => window.parallelLab.open(lessonId), id);
  await expect(page.getByTestId('editor').locator('.monaco-editor')).toBeVisible();
}

/** Puts the cursor at the start of the open file and types there, as a learner does. */
export async function typeAtTop(page: Page, text: string): Promise<void> {
  await page.getByTestId('editor').locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.type(text);
}

/** The text of the lines Monaco shows (the top of the file, after a load). */
export function visibleCode(page: Page) {
  return page.getByTestId('editor').locator('.view-lines');
}

export async function files(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => window.parallelLab.getFiles());
}
