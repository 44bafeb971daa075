import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { expectImageShown, filesPanel, row, workspaceDigests } from './files-helpers';
import { openLesson } from './lesson-page-helpers';

// The lab's image project as one learner does it, in one browser, by the buttons: create the
// sample images, filter them sequentially, in parallel, one task per filter, then run the three
// programs side by side and chart their times. Each lesson finds the files the one before it
// wrote; at the end the files, the gallery and the chart are checked in the page.
const project = [
  '10-sample-images',
  '11-sequential-images',
  '12-parallel-images',
  '13-per-filter-partial',
  '14-compare',
];

async function solveByButtons(page: Page) {
  const results = page.getByTestId('check-results');
  await page.getByTestId('solution').click();
  await page.getByTestId('run').click();
  await expect(page.getByTestId('stop')).toBeEnabled();
  await expect(results.getByRole('status')).toContainText(/\d+ of \d+ checks passed/, { timeout: 120_000 });
  const failing = await results.locator('li.check-fail').allTextContents();
  expect(failing).toEqual([]);
  await expect(results).toContainText('lesson complete');
}

test('the image project, lessons 10 to 14: files, gallery and the comparison chart', async ({
  page,
  watch,
}) => {
  test.setTimeout(400_000);
  for (const id of project) {
    await openLesson(page, id);
    await solveByButtons(page);
  }

  // Lesson 10 made five 800×600 samples; 11, 12 and 13 wrote the lab's folders and names (13 one
  // file per filter and image, 14 the chart).
  await expect(row(page, 'sample_images')).toContainText('5 files');
  const written = Object.keys(await workspaceDigests(page));
  expect(written).toContain('processed_sequential/contour_sample_1.png');
  expect(written).toContain('processed_parallel/blur_sample_5.png');
  expect(written).toContain('processed_advanced/sharpen_sample_3.png');
  expect(written).toContain('performance_comparison.png');
  const gallery = page.getByTestId('gallery');
  await expect(gallery.locator('.gallery-row')).toHaveCount(5);

  // Lesson 14's chart: a bar per program that completed, drawn in the charts panel ...
  const chart = page
    .getByTestId('chart')
    .getByRole('img', { name: 'Image Processing Performance Comparison' });
  await expect(chart).toBeVisible();
  const drawn = await chart.evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d');
    const { data } = context?.getImageData(0, 0, canvas.width, canvas.height) ?? { data: [] };
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] as number) > 0) painted++;
    return painted;
  });
  expect(drawn, 'pixels painted on the chart canvas').toBeGreaterThan(1000);

  // ... and saved by savefig as a 1000×600 PNG (figsize 10×6 at 100 px per inch).
  await row(page, 'performance_comparison.png')
    .getByRole('button', { name: 'performance_comparison.png', exact: true })
    .click();
  await expectImageShown(page.getByTestId('file-preview').getByRole('img'), 1000);
  await expect(filesPanel(page).getByRole('alert')).toHaveText('');
  expect(watch.consoleErrors).toEqual([]);
});
