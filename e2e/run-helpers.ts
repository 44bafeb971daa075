import type { Page } from '@playwright/test';

// Programs run through window.parallelLab in lesson 1's page: the editor holds the files, Run
// runs them, the report comes back (docs/testing.md).
export async function openPlayground(page: Page): Promise<void> {
  await page.goto('/#/01-first-worker');
  await page.evaluate(() => window.parallelLab.open('01-first-worker'));
}
