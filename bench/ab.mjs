// A/B: the same bench programs on a git ref (A) and on the working tree (B), in one Chromium,
// interleaved round by round (ABBA order), because a shared machine's speed drifts by tens of
// per cent within minutes and only side-by-side figures can be compared. Both sides are copies
// taken at the start, so the working tree may change while it runs.
//
//   node bench/ab.mjs <ref> [rounds] [program.ts …]     (default: 5 rounds of programs/dispatch.ts)
//
// Each program runs as a learner's program (through src/sandbox/run.ts of its side) and prints
// "BENCH {json}" lines, as bench/programs/dispatch.ts does. Prints each figure's median per side.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'vite';
import { chromium } from 'playwright';
import { launchOptions } from '../scripts/chromium.mjs';

const [ref = 'main', roundsArg = '5', ...programArgs] = process.argv.slice(2);
const rounds = Number(roundsArg);
const programs = (programArgs.length ? programArgs : ['bench/programs/dispatch.ts']).map((file) => ({
  name: path.basename(file, '.ts'),
  source: readFileSync(file, 'utf8'),
}));
// Two ports of their own: AB_PORT and the next one.
const port = Number(process.env.AB_PORT ?? 4327);

/** A copy of the ref (or, with none, of the working tree: its tracked and untracked files). */
function snapshot(of) {
  const dir = mkdtempSync(path.join(tmpdir(), 'parallel-lab-ab-'));
  const files = of ? `git archive ${of}` : 'git ls-files -co --exclude-standard -z | xargs -0 tar -c';
  execFileSync('sh', ['-c', `${files} | tar -x -C ${dir}`]);
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  return dir;
}
const dirs = [snapshot(ref), snapshot(null)];

async function serve(root, at) {
  const server = await createServer({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    server: { port: at, strictPort: true },
    logLevel: 'warn',
  });
  await server.listen();
  return server;
}

const servers = [await serve(dirs[0], port), await serve(dirs[1], port + 1)];
const browser = await chromium.launch(launchOptions);
const sides = await Promise.all(
  ['A', 'B'].map(async (name, i) => {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`${name} page error:`, error));
    // A cold dev server on a busy machine can take a minute to serve the page's modules.
    await page.goto(`http://127.0.0.1:${port + i}/bench/index.html`, { timeout: 180_000 });
    return { name, page };
  }),
);

async function runProgram(page, source) {
  return page.evaluate(async (program) => {
    const { startRun } = await import('/src/sandbox/run.ts');
    const report = await startRun({ 'main.ts': program }).report;
    if (report.status !== 'ok') throw new Error(`${report.status}: ${report.error?.message}`);
    return report.output
      .filter((line) => line.text.startsWith('BENCH '))
      .map((line) => JSON.parse(line.text.slice(6)));
  }, source);
}

/** figures[side][id] = values, one per round */
const figures = { A: {}, B: {} };
try {
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? sides : [...sides].reverse();
    for (const side of order) {
      // A page in the background runs at a lower priority: each side runs in front.
      await side.page.bringToFront();
      for (const program of programs) {
        for (const figure of await runProgram(side.page, program.source)) {
          (figures[side.name][figure.id] ??= []).push(figure.value);
          for (const [peer, value] of Object.entries(figure.peers ?? {}))
            (figures[side.name][`${figure.id} / ${peer}`] ??= []).push(value);
        }
      }
    }
    console.log(`round ${round + 1} of ${rounds} done`);
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const show = (value) =>
  Math.abs(value) >= 1000 ? Math.round(value).toLocaleString('en') : value.toPrecision(4);
console.log(
  `\nA = ${ref}, B = working tree; medians of ${rounds} interleaved rounds (each round's values in brackets)`,
);
for (const id of Object.keys(figures.B)) {
  const a = figures.A[id] ?? [];
  const b = figures.B[id];
  const ratio = a.length ? (median(b) / median(a)).toFixed(2) : 'n/a';
  console.log(`${id}\n  A ${a.length ? show(median(a)) : '-'} [${a.map(show).join(', ')}]`);
  console.log(`  B ${show(median(b))} [${b.map(show).join(', ')}]   B/A ${ratio}`);
}
