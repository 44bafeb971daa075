import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

// Programs run through window.parallelLab in lesson 1's page: the editor holds the files, Run
// runs them, the report comes back (DESIGN §5).
async function openPlayground(page: Page): Promise<void> {
  await page.goto('/#/01-first-worker');
  await page.evaluate(() => window.parallelLab.open('01-first-worker'));
}

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
  test(`an endless loop in ${where} is stopped within 200 ms, and the next run works`, async ({ page }) => {
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
      await new Promise((resolve) => setTimeout(resolve, 600));
      const start = performance.now();
      window.parallelLab.stop();
      const report = await running;
      return {
        ms: performance.now() - start,
        status: report.status,
        ended: report.processes.every((p) => p.end !== null),
      };
    }, loop);
    expect(stoppedIn.status).toBe('stopped');
    expect(stoppedIn.ended).toBe(true);
    expect(stoppedIn.ms).toBeLessThan(200);
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

test('100 000 printed lines do not freeze the page', async ({ page }) => {
  await openPlayground(page);
  const result = await page.evaluate(async () => {
    const longTasks: number[] = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration))).observe({
      type: 'longtask',
    });
    window.parallelLab.setFiles({ 'main.ts': "for (let i = 0; i < 100_000; i++) console.log('line', i);\n" });
    const report = await window.parallelLab.run();
    await new Promise((resolve) => setTimeout(resolve, 300));
    return {
      lines: report.output.length,
      last: report.output.at(-1)?.text,
      longest: Math.max(0, ...longTasks),
    };
  });
  expect(result.lines).toBe(100_000);
  expect(result.last).toBe('line 99999');
  expect(result.longest).toBeLessThan(200);
  await expect(page.getByTestId('console')).toContainText('line 99999');
});

test('during a CPU-bound run on every core, no page task takes over 50 ms', async ({ page }) => {
  await openPlayground(page);
  const longest = await page.evaluate(async () => {
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => longTasks.push(e.duration)),
    );
    window.parallelLab.setFiles({
      'main.ts': `import { Pool, cpuCount } from 'parallel';
export function burn(n: number): number { let x = 0; for (let i = 0; i < n; i++) x += Math.sqrt(i); return x; }
if (import.meta.main) {
  await using pool = new Pool(cpuCount());
  await pool.map(burn, Array.from({ length: 400 }, () => 400_000), 1);
}
`,
    });
    // Observe from the first task on: loading the page itself is not what this measures.
    observer.observe({ type: 'longtask' });
    await window.parallelLab.run();
    observer.disconnect();
    return Math.max(0, ...longTasks);
  });
  expect(longest).toBeLessThanOrEqual(50);
});
