// npm run bench: measures Parallel Lab in headless Chromium beside its peers (Python's own
// multiprocessing when python3 is here, workerpool, raw postMessage), checks each figure against
// its budget (docs/budgets.md), and writes bench/results/latest.json and BENCHMARKS.md.
// `npm run bench -- --python` measures Python mode's rows only, prints them and writes nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { createServer } from 'vite';
import { chromium } from 'playwright';
import { launchOptions } from '../scripts/chromium.mjs';
import { pageLoadFigures } from './page-load.mjs';
import { parallelCapacity } from './machine.mjs';
import { labPipeline } from './lab-pipeline.mjs';

// BENCH_PORT lets two checkouts bench side by side (page-load.mjs takes the port two above).
const port = Number(process.env.BENCH_PORT ?? 4331);
const pythonOnly = process.argv.includes('--python');

function pythonPeers() {
  try {
    return JSON.parse(
      execFileSync('python3', ['bench/python_peers.py'], { encoding: 'utf8', timeout: 300_000 }),
    );
  } catch (error) {
    console.warn(`Python peers skipped: ${error.message.split('\n')[0]}`);
    return null;
  }
}

/** Pillow's filter times: measured here when a Python with Pillow exists, else docs/reference/python-runs.md's. */
function pillowPeers() {
  for (const python of ['/usr/bin/python3', 'python3']) {
    try {
      const measured = JSON.parse(
        execFileSync(python, ['bench/pillow_peers.py'], {
          encoding: 'utf8',
          timeout: 300_000,
          stdio: ['ignore', 'pipe', 'ignore'],
        }),
      );
      return { source: `Pillow ${measured.pillow}, measured in this run`, ms: measured };
    } catch {
      // no Pillow for this Python: try the next, then the reference figures
    }
  }
  const file = 'docs/reference/python-runs.md';
  if (!existsSync(file)) return null;
  const names = {
    blur: 'GaussianBlur',
    edges: 'FIND_EDGES',
    emboss: 'EMBOSS',
    sharpen: 'SHARPEN',
    contour: 'CONTOUR',
    detail: 'DETAIL',
    smooth: 'SMOOTH',
    smoothmore: 'SMOOTH_MORE',
  };
  const text = readFileSync(file, 'utf8');
  const ms = {};
  for (const [slug, name] of Object.entries(names)) {
    const row = text
      .split('\n')
      .find((line) => line.startsWith(`| ${name}`) && (name !== 'SMOOTH' || !line.includes('SMOOTH_MORE')));
    const value = row ? Number(/\|\s*([\d.]+)/.exec(row.slice(row.indexOf('|', 2)))?.[1]) : NaN;
    if (Number.isFinite(value)) ms[slug] = value;
  }
  return { source: 'Pillow 9.4 on a 2-core VM (docs/reference/python-runs.md; no Pillow here)', ms };
}

async function browserFigures() {
  const server = await createServer({
    configFile: 'vite.config.ts',
    server: { port, strictPort: true },
    logLevel: 'warn',
  });
  await server.listen();
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error('bench page error:', error));
    await page.goto(`http://127.0.0.1:${port}/bench/index.html`);
    await page.waitForFunction(() => typeof window.runBench === 'function', undefined, { timeout: 60_000 });
    const rows = pythonOnly ? [] : await page.evaluate(() => window.runBench());
    // Python mode in a fresh page, so its first figure is cold.
    await page.reload();
    await page.waitForFunction(() => typeof window.runPythonBench === 'function', undefined, {
      timeout: 60_000,
    });
    rows.push(...(await page.evaluate(() => window.runPythonBench())));
    await page.close();
    await server.close();
    if (pythonOnly) return { rows, chromium: browser.version() };
    const load = await pageLoadFigures(browser);
    rows.push(
      { id: 'first-lesson-text-visible', value: load.textMs, unit: 'ms', better: 'lower', peers: {} },
      { id: 'editor-ready', value: load.editorMs, unit: 'ms', better: 'lower', peers: {} },
      { id: 'js-before-editor-gzip', value: load.jsBeforeEditorKb, unit: 'KB', better: 'lower', peers: {} },
      {
        id: 'page-longest-task-during-run',
        value: load.longestTaskMs,
        unit: 'ms',
        better: 'lower',
        peers: {},
      },
      {
        id: 'page-longest-task-printing',
        value: load.longestTaskPrintingMs,
        unit: 'ms',
        better: 'lower',
        peers: {},
      },
      { id: 'stop-endless-loop', value: load.stopMs, unit: 'ms', better: 'lower', peers: {} },
      { id: 'process-start-first-child', value: load.childStartMs, unit: 'ms', better: 'lower', peers: {} },
      { id: 'pool2-ready', value: load.poolReadyMs, unit: 'ms', better: 'lower', peers: {} },
      { id: 'lesson-03-pool-time', value: load.lesson03Seconds, unit: 's', better: 'lower', peers: {} },
    );
    return { rows, chromium: browser.version() };
  } finally {
    await browser.close();
  }
}

/**
 * Python mode's rows, with their budgets; `pipelinePeer`: the lab's image scripts on CPython in
 * the same run, or null; `cpythonPool`: pool_example.py's Time taken on CPython, or null.
 */
function judgePython(byId, pipelinePeer, cpythonPool) {
  const rows = [];
  const pythonMode = [
    [
      'python-ready-cold',
      'Python mode ready for the first run (cold: nothing loaded in the page)',
      3000,
      '≤ 3 s',
    ],
    ['python-pool2-ready-warm', 'Python mode Pool(2) ready, warm (median of 5)', 250, '≤ 0.25 s'],
  ];
  for (const [id, what, budget, budgetRule] of pythonMode) {
    const row = byId[id];
    if (row) rows.push({ ...row, what, budget, budgetRule });
  }
  const poolTime = byId['python-pool-example-pool-time'];
  if (poolTime) {
    rows.push({
      ...poolTime,
      what: "pool_example.py's pool time (Time taken), Python mode",
      budget: cpythonPool === null ? NaN : 1.1 * cpythonPool,
      budgetRule: "within 10 % of CPython's in the same run",
      peer: cpythonPool === null ? undefined : { name: 'CPython, same script', value: cpythonPool },
    });
  }
  const pythonPipeline = byId['python-image-pipeline-speedup'];
  if (pythonPipeline) {
    rows.push({
      ...pythonPipeline,
      what: "the lab's image scripts in Python mode: parallel_image_processing.py (Pool of 2) vs sequential_image_processing.py",
      budget: pipelinePeer?.speedUp ?? NaN,
      budgetRule: "≥ CPython's speed-up for the same scripts in the same run",
      peer: pipelinePeer
        ? {
            name: `CPython ${pipelinePeer.python}, this run (${pipelinePeer.sequential.toFixed(2)} s sequential, ${pipelinePeer.parallel.toFixed(2)} s parallel)`,
            value: pipelinePeer.speedUp,
          }
        : undefined,
    });
  }
  return rows;
}

function judge(measured, python, pillow, pipelinePeer, machine, cpythonPool) {
  const byId = Object.fromEntries(measured.map((row) => [row.id, row]));
  const rows = [];
  const map = byId['pool-map-100k-noop'];
  const workerpoolRate = map.peers['workerpool exec (per task)'];
  rows.push({
    id: 'machine-parallel-capacity',
    value: machine.capacity,
    unit: '×',
    better: 'higher',
    what: 'the machine: two CPU-bound threads at once against one alone (lowest of before and after)',
    budget: 1.8,
    budgetRule: '≥ 1.8× (below it, speed-ups are not to be judged)',
    // The host's own speed: the same code on the same VM type has run 2-4× slower on some days.
    peers: { '60 M square roots on one thread alone (ms)': machine.alone },
  });
  rows.push({
    ...map,
    what: 'Pool.map, 100 000 no-op tasks, default chunksize, 2 workers',
    budget: Math.max(10_000_000, 2 * (python?.map_tasks_per_s ?? 0), 20 * workerpoolRate),
    budgetRule: '≥ 10 M/s, ≥ 2× Python Pool(2).map, ≥ 20× workerpool exec',
    peer: python ? { name: `Python ${python.python} Pool(2).map`, value: python.map_tasks_per_s } : undefined,
  });
  const imap = byId['pool-imap-chunksize-1'];
  rows.push({
    ...imap,
    what: 'Pool.imap, chunksize 1, 20 000 no-op tasks',
    budget: Math.max(100_000, 3 * (python?.imap_tasks_per_s ?? 0)),
    budgetRule: '≥ 100 000 tasks/s, ≥ 3× Python',
    peer: python ? { name: `Python Pool(2).imap chunksize 1`, value: python.imap_tasks_per_s } : undefined,
  });
  const apply = byId['pool-apply-round-trip'];
  const raw = apply.peers['raw postMessage round trip'];
  rows.push({
    ...apply,
    what: 'Pool.apply round trip (median of 2000)',
    budget: 1.3 * raw,
    budgetRule: '≤ 1.3× a raw postMessage round trip in the same run',
    peer: python ? { name: 'Python Pool.apply', value: python.apply_round_trip_us } : undefined,
  });
  const shared = byId['shared-array-hand-off-8x1M-float64'];
  rows.push({
    ...shared,
    what: 'SharedArray hand-off to a worker, 8 × 1M float64',
    budget: 1,
    budgetRule: '≤ 1 ms',
  });
  const childStart = byId['process-start-first-child'];
  rows.push({
    ...childStart,
    what: "a run's first child process (lesson 01): from start() to its first line (median of 5 runs, production build)",
    budget: 50,
    budgetRule: '≤ 50 ms',
    peer: python?.process_start_ms
      ? {
          name: `Python ${python.python} Process.start(), default start method`,
          value: python.process_start_ms,
        }
      : undefined,
  });
  rows.push({
    ...byId['pool2-ready'],
    what: "a run's first Pool(2): from new Pool(2) to both workers running code (median of 5 runs, production build)",
    budget: 50,
    budgetRule: '≤ 50 ms, as one process',
  });
  rows.push({
    ...byId['lesson-03-pool-time'],
    what: "lesson 03 as written (pool_example.py in TypeScript): the pool's Time taken",
    budget: cpythonPool === null ? NaN : 1.03 * cpythonPool,
    budgetRule: "within 3 % of CPython's pool_example.py in the same run",
    peer: cpythonPool === null ? undefined : { name: 'CPython, pool_example.py', value: cpythonPool },
  });
  for (const row of measured.filter((r) => r.id.startsWith('filter-'))) {
    const slug = row.id.split('-')[1];
    const peerMs = pillow?.ms[slug];
    const keptMs = pillow?.ms.kept?.[slug];
    rows.push({
      ...row,
      // Pillow's loop reuses its dropped results' memory; this one cannot (bench/pillow_peers.py).
      peers:
        keptMs === undefined
          ? row.peers
          : { ...row.peers, 'Pillow keeping every result, so each in fresh memory as here (ms)': keptMs },
      what: `${slug} filter, 800×600 RGB noise, one worker`,
      budget: peerMs === undefined ? NaN : peerMs,
      budgetRule: '≤ 1.0× Pillow',
      peer: peerMs === undefined ? undefined : { name: pillow.source, value: peerMs },
    });
  }
  const pipeline = byId['image-pipeline-speedup-2-vs-1'];
  if (pipeline) {
    rows.push({
      ...pipeline,
      what: 'image pipeline (5 × 800×600, 4 filters + PNG each), 2 workers vs 1',
      budget: Math.max(1.7, pipelinePeer?.speedUp ?? 0),
      budgetRule: "speed-up ≥ 1.7×, ≥ Python's for the lab's scripts",
      peer: pipelinePeer
        ? {
            name: `the lab's scripts on Python ${pipelinePeer.python}, this run (${pipelinePeer.sequential.toFixed(2)} s sequential, ${pipelinePeer.parallel.toFixed(2)} s parallel)`,
            value: pipelinePeer.speedUp,
          }
        : undefined,
    });
  }
  rows.push(...judgePython(byId, pipelinePeer, cpythonPool));
  const page = [
    ['first-lesson-text-visible', 'first lesson text visible (cold, localhost, median of 5)', 1000, '≤ 1 s'],
    ['editor-ready', 'editor ready (cold, localhost, median of 5)', 3000, '≤ 3 s'],
    ['js-before-editor-gzip', 'JavaScript before the editor loads (gzip)', 300, '≤ 300 KB'],
    ['page-longest-task-during-run', 'longest page task during a CPU-bound run on every core', 50, '≤ 50 ms'],
    ['page-longest-task-printing', 'longest page task while a program prints 100 000 lines', 200, '≤ 200 ms'],
    [
      'stop-endless-loop',
      'Stop: from stop() to the report, an endless loop in a pool task (median of 5)',
      200,
      '≤ 200 ms',
    ],
  ];
  for (const [id, what, budget, budgetRule] of page) {
    const row = byId[id];
    if (row) rows.push({ ...row, what, budget, budgetRule });
  }
  return withVerdicts(rows);
}

function withVerdicts(rows) {
  return rows.map((row) => ({
    ...row,
    ok: Number.isNaN(row.budget)
      ? null
      : row.better === 'higher'
        ? row.value >= row.budget
        : row.value <= row.budget,
  }));
}

/** pool_example.py's "Time taken" on this machine's python3 (LAB.md measured 3.02 s). */
function cpythonPoolExample() {
  try {
    const out = execFileSync('python3', ['lessons/03-pool-basics/original/pool_example.py'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    const taken = /^Time taken: ([\d.]+) seconds$/m.exec(out);
    return taken ? Number(taken[1]) : null;
  } catch (error) {
    console.warn(`CPython pool_example.py skipped: ${error.message.split('\n')[0]}`);
    return null;
  }
}

function format(value, unit) {
  if (unit === 'tasks/s')
    return value >= 1e6 ? `${(value / 1e6).toFixed(2)} M/s` : `${Math.round(value).toLocaleString('en')} /s`;
  return `${value < 10 ? value.toFixed(3) : value.toFixed(1)} ${unit}`;
}

function markdown(rows, meta) {
  const lines = rows.map((row) => {
    const others = Object.entries(row.peers ?? {}).map(
      ([name, value]) =>
        `${name.replace(/ \((s|ms)\)$/, '')}: ${format(value, /\((s|ms)\)$/.exec(name)?.[1] ?? row.unit)}`,
    );
    const peer = row.peer ? [`${row.peer.name}: ${format(row.peer.value, row.unit)}`] : [];
    return `| ${row.what} | **${format(row.value, row.unit)}** | ${row.budgetRule} (${format(row.budget, row.unit)}) | ${row.ok === null ? 'n/a' : row.ok ? 'yes' : '**no**'} | ${[...peer, ...others].join('<br>')} |`;
  });
  // The run before stays below the new one, so two consecutive runs can be read side by side.
  const [head, lastTable = '', tail = '\n'] = readFileSync('BENCHMARKS.md', 'utf8').split('<!-- results -->');
  const rest = tail.split('<!-- previous -->');
  const afterPrevious = rest.length === 3 ? (rest[2] ?? '') : tail;
  const quiet = meta.capacity >= 1.8;
  const table = [
    '<!-- results -->',
    `Measured ${meta.date} on ${meta.cpu} (${meta.cores} cores), Chromium ${meta.chromium}${meta.python ? `, Python ${meta.python}` : ', no python3 found (no Python peers)'}.`,
    '',
    quiet
      ? `The machine was quiet: two CPU-bound threads ran ${meta.capacity.toFixed(2)}× as much as one.`
      : `**The machine was busy: two CPU-bound threads ran only ${meta.capacity.toFixed(2)}× as much as one (a quiet 2-core machine gives ≈ 2.0×). The speed-ups below are not to be judged; rerun on a quiet machine.**`,
    '',
    '| what | measured | budget | within | beside it (same run) |',
    '| --- | --- | --- | --- | --- |',
    ...lines,
    '<!-- results -->',
  ].join('\n');
  const runBefore = `<!-- previous -->\n\n### The run before\n${lastTable.trimEnd()}\n<!-- previous -->`;
  return `${head}${table}\n\n${runBefore}${afterPrevious}`;
}

function printRows(rows) {
  for (const row of rows)
    console.log(
      `${row.ok ? 'ok  ' : 'OVER'} ${row.id}: ${format(row.value, row.unit)} (budget ${format(row.budget, row.unit)})`,
    );
}

if (pythonOnly) {
  const { rows } = await browserFigures();
  const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
  printRows(withVerdicts(judgePython(byId, labPipeline(), cpythonPoolExample())));
  process.exit(0);
}

const before = await parallelCapacity();
console.log(
  `machine: parallel capacity ${before.capacity.toFixed(2)}× (one thread ${before.alone.toFixed(0)} ms, two ${before.together.toFixed(0)} ms)`,
);
const python = pythonPeers();
const pipelinePeer = labPipeline();
const { rows: measured, chromium: chromiumVersion } = await browserFigures();
const after = await parallelCapacity();
const machine = after.capacity < before.capacity ? after : before;
console.log(`machine: parallel capacity ${after.capacity.toFixed(2)}× after the run`);
const rows = judge(measured, python, pillowPeers(), pipelinePeer, machine, cpythonPoolExample());
const meta = {
  date: new Date().toISOString().slice(0, 10),
  cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
  cores: cpus().length,
  chromium: chromiumVersion,
  python: python?.python,
  capacity: machine.capacity,
};
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/latest.json',
  JSON.stringify(
    rows.map(({ id, value, unit, better, budget, peer }) => ({
      id,
      value,
      unit,
      better,
      budget,
      ...(peer ? { peer } : {}),
    })),
    null,
    2,
  ) + '\n',
);
writeFileSync('BENCHMARKS.md', markdown(rows, meta));
printRows(rows);
