import type { Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { workspaceDigests } from './files-helpers';
import { openLesson } from './lesson-page-helpers';
import { matchTemplate, parseTemplate, printedLines, type MatchResult } from '../lessons/lab-output';

// Python mode's done-when (docs/python-mode.md), as a learner meets it: in each lesson, open
// each of the lab's scripts in its Python tab, press Run, and the Console shows what the lab
// prints (the lesson's lab-output template; pids and timings aside). The lab's shared-memory
// script fails with CPython's error, and the lesson's fixed version runs. In one page: the
// learner goes from lesson to lesson through the lesson list, so Python boots once and stays
// warm, and the image lessons (10-14) share the workspace as the lab's scripts share a folder.
// What is judged is read from the Console on the page, never from the run's report.
// At load 20-26 on the shared 2-core machine, lessons 01-08 took 8.7 min (each script waits for
// its spares to boot again, one at a time); a quiet machine takes a fraction of that.
test.setTimeout(900_000);

const lessonsDir = new URL('../lessons/', import.meta.url);

/** The lab's scripts of the lessons `lessons` picks, in order: each lab-output template names one. */
function labScripts(lessons: RegExp) {
  return readdirSync(lessonsDir)
    .filter((lesson) => lessons.test(lesson))
    .sort()
    .flatMap((lesson) =>
      readdirSync(new URL(`${lesson}/lab-output/`, lessonsDir))
        .filter((file) => file.endsWith('.txt'))
        .sort()
        .map((template) => ({
          lesson,
          file: template.replace(/\.txt$/, '.py'),
          template: `${lesson}/lab-output/${template}`,
        })),
    );
}

type LabScript = ReturnType<typeof labScripts>[number];

const scripts = labScripts(/^0[1-9]-/);
const imageScripts = labScripts(/^1[0-4]-/);

test('the lab scripts of lessons 01-14 are all here, each with its original', () => {
  expect(scripts.length).toBeGreaterThanOrEqual(10);
  expect(scripts.map((s) => s.file)).toContain('shared_memory_example.py');
  expect(imageScripts.map((s) => s.file)).toEqual([
    'create_images.py',
    'sequential_image_processing.py',
    'parallel_image_processing.py',
    'advanced_parallel_processing.py',
    'compare_performance.py',
  ]);
  for (const { lesson, file } of [...scripts, ...imageScripts])
    expect(readFileSync(new URL(`${lesson}/original/${file}`, lessonsDir), 'utf8')).toBeTruthy();
  for (const lesson of readdirSync(lessonsDir).filter((name) => /^(0[1-9]|1[0-4])-/.test(name)))
    for (const file of readdirSync(new URL(`${lesson}/original/`, lessonsDir)))
      expect(
        [...scripts, ...imageScripts].some((s) => s.file === file),
        `${lesson}/original/${file} has a lab-output template`,
      ).toBe(true);
});

interface ConsoleRow {
  text: string;
  error: boolean;
}

/**
 * Every row the Console holds, top to bottom. The Console keeps only the rows in view in the
 * page (console/ConsolePanel.tsx), so this scrolls it through from the top, waits at each place
 * until the rows there are drawn and reads them, and leaves it at the bottom again.
 */
function consoleRows(page: Page): Promise<ConsoleRow[]> {
  return page.getByTestId('console').evaluate(async (panel) => {
    const scroller = panel.querySelector<HTMLElement>('.console-lines');
    const list = panel.querySelector<HTMLElement>('.console-rows');
    if (!scroller || !list) throw new Error('The Console has no lines');
    const rowHeight = 20;
    const total = Math.round(list.offsetHeight / rowHeight);
    const rows: ConsoleRow[] = [];
    for (let top = 0; ; top += Math.max(rowHeight, scroller.clientHeight - rowHeight)) {
      scroller.scrollTop = top;
      const from = Math.floor(scroller.scrollTop / rowHeight);
      const to = Math.min(total, Math.ceil((scroller.scrollTop + scroller.clientHeight) / rowHeight));
      for (let tries = 0; ; tries += 1) {
        const block = list.firstElementChild;
        const first = block
          ? Math.round(new DOMMatrix(getComputedStyle(block).transform).m42 / rowHeight)
          : 0;
        const drawn = [...(block?.children ?? [])];
        if (first <= from && first + drawn.length >= to) {
          drawn.forEach((row, i) => {
            rows[first + i] = {
              text: row.querySelector('.console-text')?.textContent ?? '',
              error: row.classList.contains('console-line-error'),
            };
          });
          break;
        }
        if (tries === 500) throw new Error(`The Console did not draw rows ${from}-${to} of ${total}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight) break;
    }
    scroller.scrollTop = scroller.scrollHeight;
    const read = rows.filter(Boolean).length;
    if (read !== total) throw new Error(`Read ${read} of the Console's ${total} rows`);
    return rows;
  });
}

const status = {
  en: {
    loading: /^Loading Python…/,
    ok: /^Finished in /,
    error: /^Failed after .*: see the Console$/,
    unchecked: 'the checks judge the exercise in the TypeScript program',
  },
  ja: {
    loading: /^Python を読み込み中…/,
    ok: / で終了しました$/,
    error: / でエラー終了：コンソールを見てください$/,
    unchecked: 'チェックは TypeScript のプログラムで演習を判定し',
  },
} as const;

type PageLanguage = keyof typeof status;

/**
 * Opens `script` in its lesson's Python tab, through the lesson list, runs it with Run, and
 * expects the Console to show its lab-output template and the toolbar and check panel to say
 * how it ended. `first`: the page's first Python run, which waits for Python's first load.
 */
async function runFromTab(page: Page, language: PageLanguage, script: LabScript, first: boolean) {
  const { lesson, file, template: templatePath } = script;
  const template = parseTemplate(readFileSync(new URL(templatePath, lessonsDir), 'utf8'));
  // Lesson to lesson through the lesson list, in the same page.
  await page.locator(`a[href="#/${lesson}"]`).first().click();
  const tab = page.getByRole('tab', { name: new RegExp(file.replace('.', '\\.')) });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('run')).toHaveAttribute('title', new RegExp(file.replace('.', '\\.')));

  const toolbarStatus = page.getByRole('toolbar').getByRole('status');
  // As for a learner who reads the lesson first: the spares the last run took are booted
  // again (one at a time; at load 20, run back to back, pool_apply.py's second worker was
  // not up before the first had run all four tasks, and the lines came in another order).
  if (!first) await page.evaluate(() => window.parallelLab.pythonWarm());
  await page.getByTestId('run').click();
  // The page's first Python run waits for Python's first load (seconds), and says so.
  if (first) await expect(toolbarStatus).toHaveText(status[language].loading);
  // The click started the run; its check settles when it ends (the page's contract).
  await page.evaluate(() => window.parallelLab.check());
  await expect(toolbarStatus).toHaveText(
    template.exitCode === 0 ? status[language].ok : status[language].error,
  );
  await expect(page.getByTestId('check-results')).toContainText(status[language].unchecked);

  let last: { match: MatchResult; rows: ConsoleRow[] } | null = null;
  await expect
    .poll(
      async (): Promise<MatchResult> => {
        const rows = await consoleRows(page).catch((error: unknown) => String(error));
        if (typeof rows === 'string') return { ok: false, problem: rows };
        const printed = rows.filter((row) => !row.error).map((row) => row.text);
        last = { match: matchTemplate(template, printed), rows };
        return last.match;
      },
      { message: `${file} against ${templatePath}`, timeout: 30_000 },
    )
    .toEqual({ ok: true });
  const errors = (last as { rows: ConsoleRow[] } | null)?.rows.filter((row) => row.error) ?? [];
  if (template.error === null) expect(errors.map((row) => row.text)).toEqual([]);
  else expect(errors.at(-1)?.text).toBe(template.error);
}

async function runEachFromTab(page: Page, language: PageLanguage, all: LabScript[]) {
  await openLesson(page, all[0]?.lesson ?? '');
  await page.getByTestId('language').selectOption(language);
  await page.evaluate(() => window.parallelLab.setTimeScale(0.1));
  for (const [i, script] of all.entries())
    await test.step(`${script.lesson}: ${script.file}`, () => runFromTab(page, language, script, i === 0));
}

for (const language of ['en', 'ja'] as const) {
  test(`lessons 01-09: each lab script runs from its Python tab and the Console shows what the lab prints (${language} page)`, async ({
    page,
    watch,
  }) => {
    await runEachFromTab(page, language, scripts);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
}

// The files the lab's image scripts write (LAB.md §2.10-2.14), by name.
const samples = [1, 2, 3, 4, 5].map((n) => `sample_${n}.png`);
const fourFilters = ['blur', 'edges', 'emboss', 'sharpen'];
const eightFilters = [...fourFilters, 'contour', 'detail', 'smooth', 'smoothmore'];
const labFiles = [
  ...samples.map((sample) => `sample_images/${sample}`),
  ...samples.flatMap((sample) => fourFilters.map((f) => `processed_sequential/${f}_${sample}`)),
  ...samples.flatMap((sample) => fourFilters.map((f) => `processed_parallel/${f}_${sample}`)),
  ...samples.flatMap((sample) => eightFilters.map((f) => `processed_advanced/${f}_${sample}`)),
  'performance_comparison.png',
].sort();

// What the Python wrote, against the TypeScript runtime's filters of the same input, in the
// page: one written image for each filter that src/sandbox/python/originals-images.test.ts does
// not already compare (it has blur, edges and contour), and one pair that must differ.
const samePixels = `import { Image, ImageFilter, type Filter } from 'parallel/image';
const pairs: [string, string, Filter][] = [
  ['sample_2', 'processed_sequential/emboss_sample_2.png', ImageFilter.EMBOSS],
  ['sample_3', 'processed_parallel/sharpen_sample_3.png', ImageFilter.SHARPEN],
  ['sample_4', 'processed_advanced/detail_sample_4.png', ImageFilter.DETAIL],
  ['sample_5', 'processed_advanced/smooth_sample_5.png', ImageFilter.SMOOTH],
  ['sample_1', 'processed_advanced/smoothmore_sample_1.png', ImageFilter.SMOOTH_MORE],
  ['sample_1', 'processed_advanced/smooth_sample_1.png', ImageFilter.SMOOTH_MORE],
];
for (const [sample, written, filter] of pairs) {
  const expected = (await Image.open(\`sample_images/\${sample}.png\`)).filter(filter).data;
  const got = (await Image.open(written)).data;
  const same = got.length === expected.length && got.every((byte, i) => byte === expected[i]);
  console.log(\`\${written}: \${same ? 'same' : 'different'} pixels\`);
}
const chart = await Image.open('performance_comparison.png');
console.log(\`performance_comparison.png: \${chart.width}x\${chart.height}\`);
`;

test("lessons 10-14: the image scripts run from their Python tabs, one after another, write the lab files, and their pixels are the TypeScript filters' (en page)", async ({
  page,
  watch,
}) => {
  await runEachFromTab(page, 'en', imageScripts);

  expect(Object.keys(await workspaceDigests(page)).sort()).toEqual(labFiles);
  await expect(
    page.getByTestId('chart').getByRole('img', { name: 'Image Processing Performance Comparison' }),
  ).toBeVisible();
  const report = await page.evaluate((source) => {
    window.parallelLab.setFiles({ ...window.parallelLab.getFiles(), 'same_pixels.ts': source });
    return window.parallelLab.run({ entry: 'same_pixels.ts', timeLimit: 120 });
  }, samePixels);
  expect(printedLines(report), report.output.map((line) => line.text).join('\n')).toEqual([
    'processed_sequential/emboss_sample_2.png: same pixels',
    'processed_parallel/sharpen_sample_3.png: same pixels',
    'processed_advanced/detail_sample_4.png: same pixels',
    'processed_advanced/smooth_sample_5.png: same pixels',
    'processed_advanced/smoothmore_sample_1.png: same pixels',
    'processed_advanced/smooth_sample_1.png: different pixels',
    'performance_comparison.png: 1000x600',
  ]);
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});
