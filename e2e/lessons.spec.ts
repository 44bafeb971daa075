import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

// Every lesson, as a learner meets it: the starter runs to the end without an uncaught error
// and its exercise is not done yet (some check fails: the checks can fail on a real run), and
// the solution passes every check of the lesson. The time scale is small so sleep(1)
// takes 0.1 s: checks compare spans of one run with each other, never absolute seconds.
const timeScale = 0.1;

const lessons = [
  '01-first-worker',
  '02-several-workers',
  '03-pool-basics',
  '04-pool-map',
  '05-starmap',
  '06-apply-async',
  '07-partial',
  '08-shared-memory',
  '09-performance',
  '10-sample-images',
  '11-sequential-images',
  '12-parallel-images',
  '13-per-filter-partial',
  '14-compare',
  '15-errors',
  '16-chunksize',
  '17-coordination',
  '18-scaling',
  '19-summary',
];

async function runLesson(page: Page) {
  return page.evaluate(async (scale) => {
    window.parallelLab.setTimeScale(scale);
    const report = await window.parallelLab.run({ timeLimit: 60 });
    const checks = await window.parallelLab.check();
    return { report, checks };
  }, timeScale);
}

for (const id of lessons) {
  test(`lesson ${id}: the starter runs, and the solution passes its checks`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/#/${id}`);
    await page.evaluate((lesson) => window.parallelLab.open(lesson), id);

    const starter = await runLesson(page);
    expect(starter.report.error, JSON.stringify(starter.report.error)).toBeUndefined();
    expect(starter.report.status).toBe('ok');
    expect(
      starter.checks.filter((check) => !check.ok).length,
      'the unsolved exercise fails a check',
    ).toBeGreaterThan(0);

    await page.getByTestId('solution').click();
    const solution = await runLesson(page);
    expect(solution.report.status, JSON.stringify(solution.report.error)).toBe('ok');
    const failing = solution.checks.filter((check) => !check.ok);
    const printed = solution.report.output.map((line) => `${line.pid}: ${line.text}`).join('\n');
    expect(failing, `${JSON.stringify(failing)}\n${printed}`).toEqual([]);
    expect(solution.checks.length).toBeGreaterThan(0);
    await expect(page.getByTestId('check-results')).toContainText(String(solution.checks.length));
  });
}
