import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { files, openLesson, typeAtTop, visibleCode } from './lesson-page-helpers';

// The Python tab as a learner uses it (docs/python-mode.md): the lab's original script is
// editable, Run runs it as Python in parallel workers, Stop ends them all, errors are marked.
// Python's first load takes seconds on a busy machine: these tests wait for it, never time it.
test.setTimeout(180_000);

const pythonTab = (page: Page, name: string) =>
  page.getByRole('tab', { name: new RegExp(name.replace('.', '\\.')) });
const consoleLines = (page: Page, pid: number) =>
  page.getByTestId('console').locator(`.console-line:has(.console-meta[title^="pid ${pid} "])`);
const isPythonAsset = (request: Request) => /pyodide\.asm|python_stdlib/.test(request.url());

async function openPythonTab(page: Page, name: string): Promise<void> {
  await pythonTab(page, name).click();
  await expect(pythonTab(page, name)).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.editor-hint')).toContainText('runs this Python file');
  await expect(page.getByTestId('run')).toHaveAttribute(
    'title',
    new RegExp(`^Run ${name.replace('.', '\\.')} as Python`),
  );
}

test('Python loads only once a learner opens a Python tab', async ({ page }) => {
  const pythonRequests: string[] = [];
  page.on('request', (request) => isPythonAsset(request) && pythonRequests.push(request.url()));
  await openLesson(page, '03-pool-basics');
  await page.evaluate(() => window.parallelLab.setTimeScale(0.1));
  await page.getByTestId('run').click();
  await expect(page.getByTestId('console')).toContainText('Sequential time', { timeout: 30_000 });
  await expect(page.getByTestId('check-results')).toContainText(/checks? passed/);
  expect(pythonRequests).toEqual([]);

  await openPythonTab(page, 'pool_example.py');
  await expect.poll(() => pythonRequests.length, { timeout: 30_000 }).toBeGreaterThan(0);
});

test('lesson 03: pool_example.py runs from its tab, each worker prints, the timeline has a bar per task, and an edit survives a reload', async ({
  page,
  watch,
}) => {
  await openLesson(page, '03-pool-basics');
  await page.evaluate(() => window.parallelLab.setTimeScale(0.1));
  await openPythonTab(page, 'pool_example.py');
  await expect(visibleCode(page)).toContainText('import\u00a0multiprocessing');

  await page.getByTestId('run').click();
  const consolePanel = page.getByTestId('console');
  await expect(consolePanel).toContainText('Sequential time:', { timeout: 120_000 });
  await expect(page.getByTestId('stop')).toBeDisabled();
  await expect(consolePanel).toContainText('Results: [1, 4, 9, 16, 25]');
  // The main process and the pool's two workers: each worker printed some of the five tasks.
  for (const pid of [2, 3])
    await expect(
      consoleLines(page, pid)
        .filter({ hasText: /Processing \d\.\.\./ })
        .first(),
    ).toBeVisible();
  await expect(
    consoleLines(page, 1).filter({ hasText: 'Sequential results: [1, 4, 9, 16, 25]' }),
  ).toHaveCount(1);
  await expect(consolePanel.getByRole('group').getByRole('button')).toHaveCount(4);
  await expect(page.getByTestId('timeline').locator('canvas')).toHaveAttribute(
    'aria-label',
    /^Timeline: 3 processes, 5 tasks/,
  );
  // Python runs are not judged by the lesson's TypeScript checks.
  await expect(page.getByTestId('check-results')).not.toContainText(/checks? passed|failed/);

  await typeAtTop(page, '# my note\n');
  await expect
    .poll(async () => (await files(page))['pool_example.py'])
    .toMatch(/^# my note\nimport multiprocessing/);
  // Drafts are saved 300 ms after the last key.
  await page.waitForTimeout(600);
  await page.reload();
  await page.evaluate(() => window.parallelLab.open('03-pool-basics'));
  expect((await files(page))['pool_example.py']).toMatch(/^# my note\nimport multiprocessing/);
  await openPythonTab(page, 'pool_example.py');
  await expect(visibleCode(page)).toContainText('#\u00a0my\u00a0note');

  // Reset brings the lab's script back.
  await page.getByTestId('reset').click();
  expect((await files(page))['pool_example.py']).toMatch(/^import multiprocessing/);
  expect(watch.foreignRequests).toEqual([]);
});

const loopInMain = 'print("looping", flush=True)\nwhile True:\n    pass\n';
const loopInTasks = `import multiprocessing

def spin(x):
    print("spinning", x, flush=True)
    while True:
        pass

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        pool.map(spin, [1, 2])
`;

/** Clicks Stop and resolves with the ms until the toolbar says the run has ended. */
function stopByButton(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const stop = document.querySelector<HTMLButtonElement>('[data-testid="stop"]');
    if (!stop || stop.disabled) throw new Error('Stop is not enabled');
    const asked = performance.now();
    stop.click();
    while (!stop.disabled) await new Promise((resolve) => setTimeout(resolve, 2));
    return performance.now() - asked;
  });
}

test('Stop ends an endless Python loop at once, in the main process and in every pool worker', async ({
  page,
}) => {
  await openLesson(page, '03-pool-basics');
  const original = (await files(page))['pool_example.py'];
  await page.evaluate(
    (loop) => window.parallelLab.setFiles({ ...window.parallelLab.getFiles(), 'loop.py': loop }),
    loopInMain,
  );
  await openPythonTab(page, 'loop.py');
  await page.getByTestId('run').click();
  await expect(consoleLines(page, 1).filter({ hasText: 'looping' })).toBeVisible({ timeout: 120_000 });
  expect(await stopByButton(page)).toBeLessThan(300);
  await expect(page.getByTestId('run').locator('..')).toContainText(/Stopped after/);

  // A pool whose tasks never return: Stop ends the main process and both workers.
  await page.evaluate(
    (loop) => window.parallelLab.setFiles({ ...window.parallelLab.getFiles(), 'loop.py': loop }),
    loopInTasks,
  );
  await page.evaluate(() => {
    (window as unknown as { pending: unknown }).pending = window.parallelLab.run({ entry: 'loop.py' });
  });
  for (const pid of [2, 3])
    await expect(consoleLines(page, pid).filter({ hasText: /spinning [12]/ })).toBeVisible({
      timeout: 120_000,
    });
  expect(await stopByButton(page)).toBeLessThan(300);
  const report = await page.evaluate(
    () => (window as unknown as { pending: ReturnType<typeof window.parallelLab.run> }).pending,
  );
  expect(report.status).toBe('stopped');
  expect(report.language).toBe('py');
  expect(report.processes.map((p) => p.pid)).toEqual([1, 2, 3]);
  expect(report.processes.every((p) => p.end !== null)).toBe(true);

  // The next run works, and the learner's files are as they were.
  await page.evaluate(() => window.parallelLab.setTimeScale(0.1));
  const next = await page.evaluate(() => window.parallelLab.run({ entry: 'pool_example.py' }));
  expect(next.status, JSON.stringify(next.error)).toBe('ok');
  expect(next.output.map((l) => l.text)).toContain('Results: [1, 4, 9, 16, 25]');
  expect((await files(page))['pool_example.py']).toBe(original);
});

const squiggle = (page: Page) => page.getByTestId('editor').locator('.squiggly-error');

/** The squiggle sits on the line of the editor that shows `code`. */
async function expectSquiggleOn(page: Page, code: RegExp): Promise<void> {
  await expect(squiggle(page).first()).toBeVisible({ timeout: 30_000 });
  const line = page.getByTestId('editor').locator('.view-line').filter({ hasText: code });
  const [mark, text] = await Promise.all([squiggle(page).first().boundingBox(), line.boundingBox()]);
  expect(mark && text && Math.abs(mark.y - text.y)).toBeLessThan(text?.height ?? 0);
}

test("a Python error shows CPython's traceback and is marked at the learner's line", async ({ page }) => {
  await openLesson(page, '03-pool-basics');
  await openPythonTab(page, 'pool_example.py');
  const runtimeError = 'x = 1\n\ndef f(n):\n    return x / n\n\nf(0)\n';
  await page.evaluate(
    (code) => window.parallelLab.setFiles({ ...window.parallelLab.getFiles(), 'pool_example.py': code }),
    runtimeError,
  );
  await expect(squiggle(page)).toHaveCount(0);
  await page.getByTestId('run').click();
  const consolePanel = page.getByTestId('console');
  await expect(consolePanel).toContainText('ZeroDivisionError: division by zero', { timeout: 120_000 });
  await expect(consolePanel).toContainText('Traceback (most recent call last):');
  await expect(consolePanel).toContainText('File "/home/pyodide/pool_example.py", line 4, in f');
  await expectSquiggleOn(page, /return.x.\/.n/);

  await page.evaluate(() =>
    window.parallelLab.setFiles({
      ...window.parallelLab.getFiles(),
      'pool_example.py': 'total = 0\nprint("a"\n',
    }),
  );
  await page.getByTestId('run').click();
  await expect(consolePanel).toContainText("SyntaxError: '(' was never closed", { timeout: 120_000 });
  await expect(consolePanel).toContainText('File "/home/pyodide/pool_example.py", line 2');
  await expectSquiggleOn(page, /print\("a"/);
  // The learner's code is kept as it was.
  expect((await files(page))['pool_example.py']).toBe('total = 0\nprint("a"\n');
});

test('parallelLab runs a .py entry given by setFiles, and reports language "py"', async ({ page }) => {
  await openLesson(page, '01-first-worker');
  await page.evaluate(() =>
    window.parallelLab.setFiles({
      'main.ts': 'console.log("ts");\n',
      'hello.py': 'import os\nprint("hello from", os.getpid())\n',
    }),
  );
  await expect(page.getByRole('tab', { name: /hello\.py/ })).toBeVisible();
  const py = await page.evaluate(() => window.parallelLab.run({ entry: 'hello.py' }));
  expect(py.language).toBe('py');
  expect(py.output.map((l) => l.text)).toEqual(['hello from 1']);
  const ts = await page.evaluate(() => window.parallelLab.run());
  expect(ts.language).toBe('ts');
  expect(ts.output.map((l) => l.text)).toEqual(['ts']);
});
