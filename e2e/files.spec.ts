import { unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import {
  expectImageShown,
  filesPanel,
  hugePng,
  row,
  sha256,
  solidPng,
  uploadByButton,
  workspaceDigests,
} from './files-helpers';
import { openLesson } from './lesson-page-helpers';

// The Files panel as a learner uses it: uploads into sample_images/ (checked before anything is
// written), the overwrite question, previews, downloads, deletes, and the gallery after a run.

const red = solidPng(7, 5, [255, 0, 0]);
const green = solidPng(9, 4, [0, 255, 0]);
const blue = solidPng(3, 3, [0, 0, 255]);
const png = (name: string, buffer: Buffer) => ({ name, mimeType: 'image/png', buffer });

test.beforeEach(async ({ page }) => {
  await openLesson(page, '01-first-worker');
  await expect(filesPanel(page).getByText('No files yet')).toBeVisible();
});

test('a PNG uploaded with the keyboard is listed and previewed', async ({ page, watch }) => {
  const chooser = page.waitForEvent('filechooser');
  await filesPanel(page).getByRole('button', { name: 'Upload images' }).focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles([png('red.png', red)]);

  await expect(filesPanel(page).getByRole('status')).toHaveText('Uploaded sample_images/red.png (7×5).');
  await expect(row(page, 'sample_images/red.png')).toBeVisible();
  await expect(row(page, 'sample_images/green.png')).toHaveCount(0);
  const preview = page.getByTestId('file-preview');
  await expect(preview).toHaveAttribute('data-path', 'sample_images/red.png');
  await expectImageShown(preview.getByRole('img', { name: /sample_images\/red\.png/ }), 7);
  expect(await workspaceDigests(page)).toEqual({ 'sample_images/red.png': await sha256(red) });

  // Selecting another file previews that one instead.
  await uploadByButton(page, 'Upload images', png('green.png', green));
  await expect(preview).toHaveAttribute('data-path', 'sample_images/green.png');
  await row(page, 'sample_images/red.png').getByRole('button', { name: 'red.png', exact: true }).click();
  await expectImageShown(preview.getByRole('img'), 7);
  await row(page, 'sample_images/green.png').getByRole('button', { name: 'green.png', exact: true }).click();
  await expectImageShown(preview.getByRole('img'), 9);
  expect(watch.consoleErrors).toEqual([]);
});

test('a PNG dropped on the panel is uploaded too', async ({ page }) => {
  const data = await page.evaluateHandle(
    (bytes) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], 'dropped.png', { type: 'image/png' }));
      return transfer;
    },
    [...blue],
  );
  const body = filesPanel(page).locator('.files-body');
  await body.dispatchEvent('dragover', { dataTransfer: data });
  await expect(filesPanel(page).getByText('Drop to upload into sample_images/')).toBeVisible();
  await body.dispatchEvent('drop', { dataTransfer: data });
  await expect(row(page, 'sample_images/dropped.png')).toBeVisible();
  expect(await workspaceDigests(page)).toEqual({ 'sample_images/dropped.png': await sha256(blue) });
});

test('a JPEG photo is uploaded and previewed, and a program decodes it in a worker', async ({ page }) => {
  // A real JPEG, encoded by the browser: 64×48, the left half red, the right half blue.
  const jpeg = Buffer.from(
    await page.evaluate(async () => {
      const canvas = new OffscreenCanvas(64, 48);
      const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
      context.fillStyle = '#ff0000';
      context.fillRect(0, 0, 32, 48);
      context.fillStyle = '#0000ff';
      context.fillRect(32, 0, 32, 48);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
      return [...new Uint8Array(await blob.arrayBuffer())];
    }),
  );
  await uploadByButton(page, 'Upload images', { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  await expect(filesPanel(page).getByRole('status')).toHaveText('Uploaded sample_images/photo.jpg (64×48).');
  await expectImageShown(page.getByTestId('file-preview').getByRole('img'), 64);

  // Image.open decodes it inside a worker; a pixel of each half keeps its colour.
  await page.evaluate(() =>
    window.parallelLab.setFiles({
      'main.ts': `import { Image } from 'parallel/image';
const img = await Image.open('sample_images/photo.jpg');
const at = (x: number, y: number) => Array.from(img.data.slice((y * img.width + x) * 3, (y * img.width + x) * 3 + 3));
const colour = ([r, g, b]: number[]) => (r > 200 && g < 60 && b < 60 ? 'red' : b > 200 && r < 60 && g < 60 ? 'blue' : 'other');
console.log(img.size.join('x'), img.mode, colour(at(8, 24)), colour(at(56, 24)));
`,
    }),
  );
  const report = await page.evaluate(() => window.parallelLab.run());
  expect(report.status, JSON.stringify(report.error)).toBe('ok');
  expect(report.output.map((line) => line.text)).toContain('64x48 RGB red blue');
});

test('a text file is refused with a clear message, and nothing is lost', async ({ page }) => {
  await uploadByButton(page, 'Upload images', png('red.png', red));
  await expect(row(page, 'sample_images/red.png')).toBeVisible();
  const editorFiles = await page.evaluate(() => window.parallelLab.getFiles());
  await page.evaluate(() => {
    window.parallelLab.setTimeScale(0.1);
    return window.parallelLab.run();
  });
  const consoleText = await page.getByTestId('console').innerText();
  const before = await workspaceDigests(page);

  await uploadByButton(page, 'Upload images', {
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('my notes\n'),
  });
  const alert = filesPanel(page).getByRole('alert');
  await expect(alert).toHaveText('notes.txt is text, not an image: upload a PNG or JPEG file.');
  // Named like an image, still judged by its bytes.
  await uploadByButton(page, 'Upload images', {
    name: 'fake.png',
    mimeType: 'image/png',
    buffer: Buffer.from('GIF89a\x01\x00'),
  });
  await expect(alert).toHaveText(/fake\.png is a GIF file: only PNG and JPEG/);

  expect(await workspaceDigests(page)).toEqual(before);
  expect(await page.evaluate(() => window.parallelLab.getFiles())).toEqual(editorFiles);
  expect(await page.getByTestId('console').innerText()).toBe(consoleText);
  await expect(row(page, 'sample_images/notes.txt')).toHaveCount(0);

  await page.evaluate(() => window.parallelLab.setLanguage('ja'));
  await uploadByButton(page, '画像をアップロード', {
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('my notes\n'),
  });
  await expect(alert).toHaveText(
    'notes.txt はテキストで、画像ではありません。PNG か JPEG のファイルをアップロードしてください。',
  );
});

test('a 10000×10000 PNG is refused with its size and the limit, and nothing is lost', async ({ page }) => {
  await uploadByButton(page, 'Upload images', png('red.png', red));
  await expect(row(page, 'sample_images/red.png')).toBeVisible();
  const before = await workspaceDigests(page);

  await uploadByButton(page, 'Upload images', png('huge.png', hugePng()));
  await expect(filesPanel(page).getByRole('alert')).toHaveText(
    'huge.png is 10,000×10,000 pixels (100 megapixels): the limit is 40 megapixels, because every worker that filters it holds full copies of its pixels in memory.',
  );
  expect(await workspaceDigests(page)).toEqual(before);
  await expect(row(page, 'sample_images/huge.png')).toHaveCount(0);

  // The same upload path takes a small PNG (the limit itself is unit-tested in upload-rules).
  await uploadByButton(page, 'Upload images', png('small.png', green));
  await expect(row(page, 'sample_images/small.png')).toBeVisible();
  await expect(filesPanel(page).getByRole('alert')).toHaveText('');
});

test('an existing name asks first: Cancel keeps the old bytes, Replace replaces, Keep both adds name-1', async ({
  page,
}) => {
  const dialog = page.getByRole('dialog');
  await uploadByButton(page, 'Upload images', png('photo.png', red));
  await expect(row(page, 'sample_images/photo.png')).toBeVisible();
  await expect(dialog).toHaveCount(0);

  // Cancel, by the keyboard: Escape.
  await uploadByButton(page, 'Upload images', png('photo.png', green));
  await expect(dialog).toContainText('sample_images/photo.png already exists');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(filesPanel(page).getByRole('alert')).toHaveText(
    'photo.png was not uploaded: the existing file stays.',
  );
  expect(await workspaceDigests(page)).toEqual({ 'sample_images/photo.png': await sha256(red) });

  await uploadByButton(page, 'Upload images', png('photo.png', green));
  await dialog.getByRole('button', { name: 'Replace' }).click();
  await expect(filesPanel(page).getByRole('status')).toHaveText('Uploaded sample_images/photo.png (9×4).');
  expect(await workspaceDigests(page)).toEqual({ 'sample_images/photo.png': await sha256(green) });

  // Keep both, by the keyboard.
  await uploadByButton(page, 'Upload images', png('photo.png', blue));
  await dialog.getByRole('button', { name: 'Keep both' }).focus();
  await page.keyboard.press('Enter');
  await expect(row(page, 'sample_images/photo-1.png')).toBeVisible();
  expect(await workspaceDigests(page)).toEqual({
    'sample_images/photo.png': await sha256(green),
    'sample_images/photo-1.png': await sha256(blue),
  });
});

test('a file and a folder are deleted only after Delete is confirmed', async ({ page }) => {
  await uploadByButton(page, 'Upload images', png('a.png', red), png('b.png', green));
  await expect(row(page, 'sample_images/b.png')).toBeVisible();
  const dialog = page.getByRole('dialog');

  await filesPanel(page).getByRole('button', { name: 'Delete sample_images/a.png' }).click();
  await expect(dialog).toHaveText(/Delete sample_images\/a\.png\? This cannot be undone\./);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(Object.keys(await workspaceDigests(page)).sort()).toEqual([
    'sample_images/a.png',
    'sample_images/b.png',
  ]);

  await filesPanel(page).getByRole('button', { name: 'Delete sample_images/a.png' }).click();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(row(page, 'sample_images/a.png')).toHaveCount(0);
  expect(Object.keys(await workspaceDigests(page))).toEqual(['sample_images/b.png']);

  await filesPanel(page).getByRole('button', { name: 'Delete sample_images/', exact: true }).click();
  await expect(dialog).toContainText('Delete the folder sample_images/ and the 1 files in it?');
  await dialog.getByRole('button', { name: 'Delete' }).press('Enter');
  await expect(row(page, 'sample_images')).toHaveCount(0);
  expect(await workspaceDigests(page)).toEqual({});
});

test('a file downloads as itself, a folder as a .zip of its files', async ({ page }) => {
  await uploadByButton(page, 'Upload images', png('red.png', red), png('green.png', green));
  await row(page, 'sample_images/red.png').getByRole('button', { name: 'red.png', exact: true }).click();

  const fileDownload = page.waitForEvent('download');
  await page.getByTestId('file-preview').getByRole('link', { name: 'Download red.png' }).click();
  const file = await fileDownload;
  expect(file.suggestedFilename()).toBe('red.png');
  expect(await sha256(await readFile((await file.path()) as string))).toBe(await sha256(red));

  const zipDownload = page.waitForEvent('download');
  await filesPanel(page).getByRole('button', { name: 'Download sample_images/ as .zip' }).click();
  const zip = await zipDownload;
  expect(zip.suggestedFilename()).toBe('sample_images.zip');
  const entries = unzipSync(await readFile((await zip.path()) as string));
  expect(Object.keys(entries).sort()).toEqual(['sample_images/green.png', 'sample_images/red.png']);
  expect(await sha256(entries['sample_images/red.png'] as Uint8Array)).toBe(await sha256(red));
  expect(await sha256(entries['sample_images/green.png'] as Uint8Array)).toBe(await sha256(green));
  expect(await sha256(entries['sample_images/green.png'] as Uint8Array)).not.toBe(await sha256(red));
});

test('after lesson 11 runs, the gallery shows each processed image beside its original', async ({ page }) => {
  test.setTimeout(120_000);
  await openLesson(page, '11-sequential-images');
  await page.getByTestId('solution').click();
  const report = await page.evaluate(() => window.parallelLab.run({ timeLimit: 90 }));
  expect(report.status, JSON.stringify(report.error)).toBe('ok');
  expect(report.files).toContain('processed_sequential/blur_sample_1.png');

  // The tree was read again when the run ended.
  await expect(row(page, 'processed_sequential')).toContainText('25 files');
  const gallery = page.getByTestId('gallery');
  await expect(gallery.locator('.gallery-row')).toHaveCount(5);
  const first = gallery.locator('.gallery-row[data-original="sample_images/sample_1.png"]');
  await expect(first.locator('figcaption')).toHaveText([
    'sample_1.png',
    'blur',
    'contour',
    'edges',
    'emboss',
    'sharpen',
  ]);
  await expect(first.locator('[data-processed]')).toHaveCount(5);
  await expect(first.locator('[data-processed*="sample_2"]')).toHaveCount(0);
  // Images are read as they scroll into view: once each of the row's has been seen, all show.
  for (const figure of await first.locator('figure').all()) await figure.scrollIntoViewIfNeeded();
  await expect(first.locator('.gallery-placeholder')).toHaveCount(0);
  await expectImageShown(first.getByRole('img', { name: 'Original: sample_images/sample_1.png' }), 800);
  await expectImageShown(
    first.getByRole('img', { name: 'edges: processed_sequential/edges_sample_1.png' }),
    800,
  );
});
