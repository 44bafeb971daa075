import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { matchTemplate, parseTemplate, printedLines } from '../lessons/lab-output';
import { subprocessPids } from '../lessons/check-helpers';

// Every lesson, as a learner meets it: the starter runs to the end without an uncaught error
// and its exercise is not done yet (some check fails: the checks can fail on a real run), and
// the solution passes every check of the lesson. The time scale is small so sleep(1)
// takes 0.1 s: checks compare spans of one run with each other, never absolute seconds.
//
// A starter that is a lab script in TypeScript (`starterPrints`) must print what that script
// prints: its template in lessons/<id>/lab-output/ (lessons/lab-output.ts), with TypeScript's
// forms of tuples and numpy arrays. Only the starter: the solutions add the exercise's lines.
const timeScale = 0.1;

const lessons: { id: string; starterPrints?: string }[] = [
  { id: '00-processes-and-threads' },
  { id: '01-first-worker', starterPrints: 'simple_process' },
  { id: '02-several-workers', starterPrints: 'multiple_processes' },
  { id: '03-pool-basics', starterPrints: 'pool_example' },
  { id: '04-pool-map', starterPrints: 'pool_map' },
  { id: '05-starmap', starterPrints: 'pool_starmap' },
  { id: '06-apply-async', starterPrints: 'pool_apply' },
  { id: '07-partial', starterPrints: 'partial_example' },
  // The lab's script crashes on CPython; the starter prints what the lab meant it to print, as
  // our fixed script does (lessons/08-shared-memory/lab-output/shared_memory_fixed_ours.txt).
  { id: '08-shared-memory', starterPrints: 'shared_memory_fixed_ours' },
  { id: '09-performance', starterPrints: 'performance_comparison' },
  { id: '10-sample-images', starterPrints: 'create_images' },
  { id: '11-sequential-images', starterPrints: 'sequential_image_processing' },
  { id: '12-parallel-images', starterPrints: 'parallel_image_processing' },
  { id: '13-per-filter-partial', starterPrints: 'advanced_parallel_processing' },
  { id: '14-compare', starterPrints: 'compare_performance' },
  { id: '15-errors' },
  { id: '16-chunksize' },
  { id: '17-coordination' },
  { id: '18-scaling' },
  { id: '19-summary' },
];

const lessonsDir = new URL('../lessons/', import.meta.url);

function readTemplate(id: string, script: string) {
  return parseTemplate(readFileSync(new URL(`${id}/lab-output/${script}.txt`, lessonsDir), 'utf8'));
}

async function runLesson(page: Page) {
  return page.evaluate(async (scale) => {
    window.parallelLab.setTimeScale(scale);
    // Lesson 14 runs three image programs one after another: a busy 2-core machine took over 60 s.
    const report = await window.parallelLab.run({ timeLimit: 120 });
    const checks = await window.parallelLab.check();
    return { report, checks };
  }, timeScale);
}

for (const { id, starterPrints } of lessons) {
  test(`lesson ${id}: the starter runs, and the solution passes its checks`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.goto(`/#/${id}`);
    await page.evaluate((lesson) => window.parallelLab.open(lesson), id);

    const starter = await runLesson(page);
    expect(starter.report.error, JSON.stringify(starter.report.error)).toBeUndefined();
    expect(starter.report.status).toBe('ok');
    if (starterPrints) {
      // What the program itself printed: not the output run() captured from its subprocesses.
      const captured = subprocessPids(starter.report);
      const lines = printedLines({ output: starter.report.output.filter((line) => !captured.has(line.pid)) });
      const match = matchTemplate(readTemplate(id, starterPrints), lines, { dialect: 'ts' });
      expect(match, `${starterPrints}.txt\n${lines.join('\n')}`).toEqual({ ok: true });
    }
    expect(
      starter.checks.filter((check) => !check.ok).length,
      'the unsolved exercise fails a check',
    ).toBeGreaterThan(0);

    await page.getByTestId('solution').click();
    const solution = await runLesson(page);
    expect(solution.report.status, JSON.stringify(solution.report.error)).toBe('ok');
    const failing = solution.checks.filter((check) => !check.ok);
    const printed = solution.report.output.map((line) => `${line.pid}: ${line.text}`).join('\n');
    expect(failing, `${JSON.stringify(failing)}\n${printed}`).toEqual([]);
    expect(solution.checks.length).toBeGreaterThan(0);
    await expect(page.getByTestId('check-results')).toContainText(String(solution.checks.length));
  });
}

// Each lesson's original/*.py, run on real CPython as the lab runs its scripts (`python3
// <script>.py`, all from one working directory, lessons in order), prints its template and
// ends as the template says. Debian's python3 has numpy and Pillow; without one that has them
// these tests are skipped. stdout is line-buffered, as in the lab's terminal: unbuffered
// (PYTHONUNBUFFERED), print writes a line's text and its newline separately and lines of two
// workers run together; fully buffered, Pool workers' lines are lost when the pool terminates.
const python = ['/usr/bin/python3', 'python3'].find((candidate) => {
  try {
    execFileSync(candidate, ['-c', 'import numpy, PIL'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
const lineBuffered = [
  'import runpy, sys',
  'sys.stdout.reconfigure(line_buffering=True)',
  'sys.argv = sys.argv[1:]',
  "runpy.run_path(sys.argv[0], run_name='__main__')",
].join('; ');

function runPython(script: string, cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // compare_performance.py runs `python3` from PATH: the one with numpy and Pillow must come
    // first, or every child dies at `from PIL import Image` (and the lab's script, which never
    // looks at exit codes, reports them as completed).
    const path = python?.includes('/') ? `${dirname(python)}:${process.env.PATH ?? ''}` : process.env.PATH;
    const env = { ...process.env, PYTHONUNBUFFERED: '', PATH: path };
    execFile(
      python ?? 'python3',
      ['-c', lineBuffered, script],
      { cwd, env, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

test.describe('the originals on CPython', () => {
  const workdir = mkdtempSync(join(tmpdir(), 'parallel-lab-originals-'));
  for (const { id } of lessons) {
    const templates = new URL(`${id}/lab-output/`, lessonsDir);
    if (!existsSync(templates)) continue;
    test(`lesson ${id}: each original .py prints its lab-output template`, async () => {
      test.skip(
        !python,
        'needs a python3 with numpy and Pillow (Debian: apt-get install python3-numpy python3-pil)',
      );
      test.setTimeout(180_000);
      for (const file of readdirSync(templates)
        .filter((name) => name.endsWith('.txt'))
        .sort()) {
        const script = file.replace(/\.txt$/, '.py');
        copyFileSync(new URL(`${id}/original/${script}`, lessonsDir), join(workdir, script));
        const template = readTemplate(id, file.replace(/\.txt$/, ''));
        const run = await runPython(script, workdir);
        const lines = run.stdout.replace(/\n$/, '').split('\n');
        expect(matchTemplate(template, lines), `${script}\n${run.stdout}\n${run.stderr}`).toEqual({
          ok: true,
        });
        expect(run.code, `${script} exit code\n${run.stderr}`).toBe(template.exitCode);
        const lastErrorLine = run.stderr.trimEnd().split('\n').at(-1) ?? '';
        expect(template.error === null ? run.stderr : lastErrorLine, script).toBe(template.error ?? '');
      }
    });
  }
});
