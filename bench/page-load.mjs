// The page's own figures (docs/budgets.md): on a production build served locally, cold (a new browser
// context each time), how soon the lesson text and the editor appear, how much JavaScript (gzip)
// loads before the editor; then, on one warm page, the longest page task during a CPU-bound run on
// every core and while a program prints 100 000 lines, how soon Stop ends an endless loop, how
// soon a run's first child process and first Pool(2) start, and lesson 03's pool time.
import { execFileSync, spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const port = Number(process.env.BENCH_PORT ?? 4331) + 2;

const cpuBound = `import { Pool, cpuCount } from 'parallel';
export function burn(n: number): number { let x = 0; for (let i = 0; i < n; i++) x += Math.sqrt(i); return x; }
if (import.meta.main) {
  await using pool = new Pool(cpuCount());
  await pool.map(burn, Array.from({ length: 400 }, () => 400_000), 1);
}
`;

const printing = "for (let i = 0; i < 100_000; i++) console.log('line', i);\n";

// The loop runs in a pool task, so Stop must end a worker the main process started too.
const endlessLoop = `import { Pool } from 'parallel';
export function forever(): void { for (;;) {} }
if (import.meta.main) {
  const pool = new Pool(2);
  await pool.apply(forever);
}
`;

// Lesson 01's first child process and lesson 03's first Pool(2), each in a run of its own.
const firstProcess = readFileSync('bench/programs/first-process.ts', 'utf8');
const firstPool = readFileSync('bench/programs/first-pool.ts', 'utf8');

// A learner reads a run's output before the next Run: the page uses that moment to start the
// next run's workers (src/sandbox/program-worker.ts), so each figure waits as long first.
const readingMs = 1500;

/** Runs in the page: the figure a run of `source` prints on its BENCH line. */
async function printedFigure([source, pauseMs]) {
  window.parallelLab.setFiles({ 'main.ts': source });
  await new Promise((resolve) => setTimeout(resolve, pauseMs));
  const report = await window.parallelLab.run();
  const line = report.output.find((l) => l.text.startsWith('BENCH '));
  if (report.status !== 'ok' || !line) throw new Error(`the startup bench ended ${report.status}`);
  return JSON.parse(line.text.slice(6)).value;
}

/** Runs in the page: lesson 03 as a learner opens and runs it; its "Time taken" (s). */
async function lesson03PoolTime(pauseMs) {
  await window.parallelLab.open('03-pool-basics');
  await new Promise((resolve) => setTimeout(resolve, pauseMs));
  const report = await window.parallelLab.run();
  const taken = report.output.map((line) => /^Time taken: ([\d.]+) seconds$/.exec(line.text)).find(Boolean);
  if (report.status !== 'ok' || !taken)
    throw new Error(`lesson 03 ended ${report.status} without its Time taken`);
  return Number(taken[1]);
}

/** Runs in the page: the longest page task while `source` runs (ms). */
async function longestTaskDuring(source) {
  const tasks = [];
  const observer = new PerformanceObserver((list) =>
    list.getEntries().forEach((e) => tasks.push(e.duration)),
  );
  window.parallelLab.setFiles({ 'main.ts': source });
  // Putting the program in the editor (Monaco re-tokenises it) is not what is measured.
  await new Promise((resolve) => setTimeout(() => requestIdleCallback(resolve), 300));
  observer.observe({ type: 'longtask' });
  await window.parallelLab.run();
  // The last redraw after the run belongs to the run too.
  await new Promise((resolve) => setTimeout(resolve, 200));
  observer.disconnect();
  return Math.max(0, ...tasks);
}

/** Runs in the page: ms from stop() to the run's report, once `source` has run for a second. */
async function stopLatency(source) {
  window.parallelLab.setFiles({ 'main.ts': source });
  const running = window.parallelLab.run();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const start = performance.now();
  window.parallelLab.stop();
  const report = await running;
  if (report.status !== 'stopped') throw new Error(`the endless loop ended ${report.status}`);
  return performance.now() - start;
}

// What "the lesson text" and "the editor" are on the page.
const shown = { text: '.lesson-prose .prose', editor: '[data-testid="editor"] .monaco-editor' };

/** Runs in the page (an init script): notes when each of `selectors` first matches. */
function watchFirstAppearance(selectors) {
  const seen = {};
  window.__firstSeen = seen;
  new MutationObserver((_, observer) => {
    for (const [key, selector] of Object.entries(selectors)) {
      if (!(key in seen) && document.querySelector(selector)) seen[key] = performance.now();
    }
    if (Object.keys(seen).length === Object.keys(selectors).length) observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

export async function pageLoadFigures(browser, runs = 5) {
  const outDir = mkdtempSync(path.join(tmpdir(), 'parallel-lab-bench-'));
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--logLevel', 'warn'], { stdio: 'inherit' });
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  const url = `http://127.0.0.1:${port}/#/01-first-worker`;
  try {
    const text = [];
    const editor = [];
    let jsBeforeEditor = 0;
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      // The page notes when the prose and the editor first appear (a MutationObserver reacts to
      // the very change that shows them); waiting for them from here would add Playwright's
      // polling delay to each figure.
      await context.addInitScript(watchFirstAppearance, shown);
      const page = await context.newPage();
      // The JavaScript the page asks for before it asks for the editor: Monaco and the types
      // of "parallel" it gets (runtime-types) load lazily, in either order, after the text. The
      // workers' scripts (Vite's *.worker-<hash>.js) are not part of it: they run on threads of
      // their own, and Playwright reports a worker's requests out of order with the page's (the
      // next run's program worker, started once the editor shows, was at times reported first).
      const scripts = [];
      let editorRequested = false;
      page.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (/\/(MonacoEditor|editor\.api|_virtual_runtime-types)-[^/]*\.js$/.test(pathname))
          editorRequested = true;
        if (editorRequested || request.resourceType() !== 'script' || /\.worker-[^/]*\.js$/.test(pathname))
          return;
        scripts.push(
          request
            .response()
            .then((response) => response?.body())
            .then(
              (body) => (body ? gzipSync(body, { level: 9 }).length : 0),
              () => 0,
            ),
        );
      });
      for (let tries = 0; ; tries++) {
        try {
          await page.goto(url, { waitUntil: 'commit' });
          break;
        } catch (error) {
          if (tries > 50) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
      // The prose, not only the title: it loads in a chunk of its own when the lesson opens.
      await page.locator(shown.text).waitFor();
      text.push(await page.evaluate(() => window.__firstSeen.text));
      await page.locator(shown.editor).waitFor();
      editor.push(await page.evaluate(() => window.__firstSeen.editor));
      jsBeforeEditor = (await Promise.all(scripts)).reduce((sum, n) => sum + n, 0);
      await context.close();
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.evaluate(() => window.parallelLab.open('01-first-worker'));
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((resolve) => setTimeout(() => requestIdleCallback(resolve), 1000)));
    const longest = await page.evaluate(longestTaskDuring, cpuBound);
    const longestPrinting = await page.evaluate(longestTaskDuring, printing);
    const stops = [];
    for (let i = 0; i < 5; i++) stops.push(await page.evaluate(stopLatency, endlessLoop));
    const childStart = [];
    const poolReady = [];
    for (let i = 0; i < 5; i++) {
      childStart.push(await page.evaluate(printedFigure, [firstProcess, readingMs]));
      poolReady.push(await page.evaluate(printedFigure, [firstPool, readingMs]));
    }
    const lesson03 = await page.evaluate(lesson03PoolTime, readingMs);
    await context.close();
    const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
    return {
      textMs: median(text),
      editorMs: median(editor),
      jsBeforeEditorKb: jsBeforeEditor / 1024,
      longestTaskMs: longest,
      longestTaskPrintingMs: longestPrinting,
      stopMs: median(stops),
      childStartMs: median(childStart),
      poolReadyMs: median(poolReady),
      lesson03Seconds: lesson03,
    };
  } finally {
    process.kill(-server.pid);
    rmSync(outDir, { recursive: true, force: true });
  }
}
