import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { openPlayground } from './run-helpers';

async function run(page: Page, files: Record<string, string>, o: { timeLimit?: number } = {}) {
  return page.evaluate(
    async ({ files, o }) => {
      window.parallelLab.setFiles(files);
      return window.parallelLab.run(o);
    },
    { files, o },
  );
}

const poolProgram = {
  'main.ts': `import { Pool } from 'parallel';
import { square } from './work';

if (import.meta.main) {
  await using pool = new Pool(2);
  console.log(await pool.map(square, [1, 2, 3, 4, 5, 6]));
}
`,
  'work.ts': `import { sleep } from 'parallel';
export function square(x: number): number {
  sleep(0.02);
  return x * x;
}
`,
};

test('a two-file program with a Pool runs; the report lists its processes and task spans', async ({
  page,
}) => {
  await openPlayground(page);
  const report = await run(page, poolProgram);
  expect(report.status).toBe('ok');
  expect(report.output.map((l) => l.text)).toEqual(['[1, 4, 9, 16, 25, 36]']);
  expect(report.processes.map((p) => p.pid)).toEqual([1, 2, 3]);
  expect(report.tasks).toHaveLength(6);
  expect(new Set(report.tasks.map((t) => t.fn))).toEqual(new Set(['square']));
  await expect(page.getByTestId('console')).toContainText('[1, 4, 9, 16, 25, 36]');
  await expect(page.getByTestId('timeline')).toBeVisible();
});

for (const where of ['a pool task', 'the main process'] as const) {
  test(`an endless loop in ${where} is stopped, every process ends, and the next run works`, async ({
    page,
  }) => {
    await openPlayground(page);
    const loop =
      where === 'the main process'
        ? "console.log('looping');\nfor (;;) {}\n"
        : `import { Pool } from 'parallel';
export function forever(): void { for (;;) {} }
if (import.meta.main) {
  const pool = new Pool(2);
  console.log('looping');
  await pool.apply(forever);
}
`;
    const stoppedIn = await page.evaluate(async (source) => {
      window.parallelLab.setFiles({ 'main.ts': source });
      const running = window.parallelLab.run();
      // Stop once the loop is surely running: its line is on the console.
      const console = document.querySelector('[data-testid="console"]');
      while (!console?.textContent?.includes('looping'))
        await new Promise((resolve) => setTimeout(resolve, 50));
      window.parallelLab.stop();
      const report = await running;
      return {
        status: report.status,
        looped: report.output.some((line) => line.text === 'looping'),
        ended: report.processes.every((p) => p.end !== null),
      };
    }, loop);
    expect(stoppedIn.status).toBe('stopped');
    expect(stoppedIn.looped).toBe(true);
    expect(stoppedIn.ended).toBe(true);
    const next = await run(page, poolProgram);
    expect(next.status).toBe('ok');
  });
}

test('a program without the import.meta.main guard that starts a Process gets the guard explained', async ({
  page,
}) => {
  await openPlayground(page);
  const report = await run(page, {
    'main.ts': `import { Process } from 'parallel';
export function work(): void { console.log('working'); }
const p = new Process({ target: work });
p.start();
await p.join();
`,
  });
  const errors = report.output
    .filter((l) => l.stream === 'error')
    .map((l) => l.text)
    .join('\n');
  expect(errors).toContain('if (import.meta.main)');
  await expect(page.getByTestId('console')).toContainText('import.meta.main');
});

test('a syntax error points to its TypeScript line, in the report and in the editor', async ({ page }) => {
  await openPlayground(page);
  const report = await run(page, { 'main.ts': 'const ok: number = 1;\n\nconst broken = ;\n' });
  expect(report.status).toBe('error');
  expect(report.error?.stack).toContain('main.ts:3:');
  await expect(page.getByTestId('editor').locator('.squiggly-error').first()).toBeVisible();
});

test('a runtime error points to its TypeScript line', async ({ page }) => {
  await openPlayground(page);
  const report = await run(page, {
    'main.ts': `interface Item { weight: number }

export function check(item: Item): number {
  if (item.weight < 0) throw new RangeError('negative weight');
  return item.weight;
}
check({ weight: -1 });
`,
  });
  expect(report.error).toMatchObject({ name: 'RangeError', message: 'negative weight' });
  expect(report.error?.stack).toMatch(/main\.ts:4:\d+/);
  await expect(page.getByTestId('console')).toContainText('main.ts:4');
});

test('a bare import of an unknown package fails clearly', async ({ page }) => {
  await openPlayground(page);
  const report = await run(page, { 'main.ts': "import chalk from 'chalk';\nconsole.log(chalk);\n" });
  expect(report.status).toBe('error');
  expect(report.error?.message).toContain(`Can't import "chalk"`);
});
