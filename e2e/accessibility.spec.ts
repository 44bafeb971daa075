import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { openLesson } from './lesson-page-helpers';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(({ id, impact, help, nodes }) => ({ id, impact, help, targets: nodes.map((node) => node.target) }));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a lesson page has no serious or critical axe violation (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openLesson(page, '01-first-worker');
    expect(await seriousViolations(page)).toEqual([]);

    // With the Undo notice showing and the Python tab open, too.
    await page.getByTestId('reset').click();
    await page.getByRole('tab', { name: /simple_process\.py/ }).click();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('a lesson page on a tablet has no serious or critical axe violation', async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  await openLesson(page, '02-several-workers');
  expect(await seriousViolations(page)).toEqual([]);
});
