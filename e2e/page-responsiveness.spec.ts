import { test, expect } from './fixtures';
import { openPlayground } from './run-helpers';

// How long the page's tasks take while this runs is a budget, measured by npm run bench
// (page-longest-task-printing, page-longest-task-during-run), never a timed assertion here.
test('100 000 printed lines all reach the report and the console', async ({ page }) => {
  await openPlayground(page);
  const result = await page.evaluate(async () => {
    window.parallelLab.setFiles({
      'main.ts': "for (let i = 0; i < 100_000; i++) console.log('line', i);\n",
    });
    const report = await window.parallelLab.run();
    return { lines: report.output.length, last: report.output.at(-1)?.text };
  });
  expect(result.lines).toBe(100_000);
  expect(result.last).toBe('line 99999');
  await expect(page.getByTestId('console')).toContainText('line 99999');
});
