import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

// The first three lessons as a learner meets them, by clicks only: pick the lesson in the list,
// read it, press Run, watch every process print and the timeline fill, see the exercise is not
// done yet, show the solution, run again, pass every check and get the lesson ticked. (Only the
// time scale is set through window.parallelLab, so sleep(1) takes 0.1 s.)
const journeys = [
  { id: '01-first-worker', title: 'Your first worker', prose: 'smallest parallel program', processes: 2 },
  { id: '02-several-workers', title: 'Several workers with arguments', prose: 'args=(i,)', processes: 4 },
  { id: '03-pool-basics', title: 'Pool basics', prose: 'starts a fixed number of workers', processes: 3 },
];

async function runByButton(page: Page) {
  const results = page.getByTestId('check-results');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('stop')).toBeEnabled();
  await expect(results.getByRole('status')).toContainText(/\d+ of \d+ checks passed/, { timeout: 30_000 });
  const total = await results.locator('li').count();
  // The failing checks' own words, so a red run says which check and why.
  const failing = await results.locator('li.check-fail').allInnerTexts();
  return { total, failing };
}

for (const journey of journeys) {
  test(`lesson ${journey.id} by clicks: read, run, watch, fail the exercise, solve it`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    await page.evaluate(() => window.parallelLab.setTimeScale(0.1));
    const list = page.getByTestId('lesson-list');
    const progress = page.getByTestId('progress');
    const doneBefore = Number(await progress.getAttribute('value'));

    await list.getByRole('link', { name: journey.title }).click();
    await expect(page).toHaveURL(new RegExp(`#/${journey.id}$`));
    await expect(page.getByTestId('lesson-title')).toHaveText(journey.title);
    await expect(page.locator('.lesson-prose')).toContainText(journey.prose);
    await expect(page.getByTestId('editor').locator('.monaco-editor')).toBeVisible({ timeout: 15_000 });

    const starter = await runByButton(page);
    expect(starter.failing.length, 'the unsolved exercise leaves a check failing').toBeGreaterThan(0);

    // The console offers "All" and one filter button per process; the timeline a row each.
    const consolePanel = page.getByTestId('console');
    await expect(consolePanel.locator('.console-line').first()).toBeVisible();
    await expect(consolePanel.getByRole('group').getByRole('button')).toHaveCount(journey.processes + 1);
    const timeline = page.getByTestId('timeline');
    await expect(timeline.locator('canvas')).toHaveAttribute(
      'aria-label',
      new RegExp(`^Timeline: ${journey.processes} processes, \\d+ tasks`),
    );
    await expect(timeline).toContainText(/Elapsed: \d+\.\d{3} s/);

    await page.getByTestId('solution').click();
    const solved = await runByButton(page);
    expect(solved.failing).toEqual([]);
    expect(solved.total).toBeGreaterThan(0);
    await expect(page.getByTestId('check-results')).toContainText('lesson complete');
    await expect(list.getByRole('link', { name: journey.title })).toContainText('completed');
    await expect(progress).toHaveAttribute('value', String(doneBefore + 1));
  });
}
