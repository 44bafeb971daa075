import { test, expect } from './fixtures';
import { files, openLesson, typeAtTop, visibleCode } from './lesson-page-helpers';
import comments from '../lessons/01-first-worker/comments.ts';

// The first comment of lesson 1's main.ts, in each language, as its comments.ts gives them.
const english = 'simple_process.py, in TypeScript: start one worker process and wait for it.';
const japanese = comments[english] as string;

test.use({ locale: 'ja-JP' });

test('a Japanese learner sees Japanese comments; an edit survives a switch to English, which shows English comments', async ({
  page,
}) => {
  await openLesson(page, '01-first-worker');
  await expect(page.getByTestId('language')).toHaveValue('ja');
  await expect(visibleCode(page)).toContainText(japanese);
  expect((await files(page))['main.ts']).not.toContain(english);

  await typeAtTop(page, 'const mine = 1;\n');
  await page.getByTestId('language').selectOption('en');

  await expect(visibleCode(page)).toContainText(english);
  await expect(visibleCode(page)).toContainText('const mine = 1;');
  const main = (await files(page))['main.ts'] ?? '';
  expect(main.startsWith(`const mine = 1;\n// ${english}\n`)).toBe(true);
  expect(main).not.toContain(japanese);

  // The draft reads back after a reload, in the language of the page.
  await page.reload();
  await page.evaluate(() => window.parallelLab.open('01-first-worker'));
  expect((await files(page))['main.ts']).toBe(main);
});
