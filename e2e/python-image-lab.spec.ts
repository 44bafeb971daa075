import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { workspaceDigests } from './files-helpers';
import { matchTemplate, parseTemplate, printedLines } from '../lessons/lab-output';
import type { RunReport } from '../src/sandbox/report';

// The lab's image project in the page's Python mode, through window.parallelLab: the lab's own
// create_images.py and parallel_image_processing.py (lessons 10 and 12), unchanged, at time
// scale 0.1, print the lab's lines and write the lab's files into the learner's workspace.
const lesson = (path: string) => readFileSync(new URL(`../lessons/${path}`, import.meta.url), 'utf8');

const steps = [
  { script: 'create_images.py', dir: '10-sample-images', folder: 'sample_images/', count: 5 },
  {
    script: 'parallel_image_processing.py',
    dir: '12-parallel-images',
    folder: 'processed_parallel/',
    count: 20,
  },
];

test('the image originals run as Python in the page and write the lab files', async ({ page }) => {
  test.setTimeout(400_000);
  await page.goto('/#/10-sample-images');
  await page.evaluate(() => window.parallelLab.open('10-sample-images'));
  const files = Object.fromEntries(steps.map((s) => [s.script, lesson(`${s.dir}/original/${s.script}`)]));
  await page.evaluate((python) => {
    window.parallelLab.setTimeScale(0.1);
    window.parallelLab.setFiles({ ...window.parallelLab.getFiles(), ...python });
  }, files);
  for (const step of steps) {
    const report: RunReport = await page.evaluate(
      (entry) => window.parallelLab.run({ entry, timeLimit: 300 }),
      step.script,
    );
    const template = parseTemplate(lesson(`${step.dir}/lab-output/${step.script.replace('.py', '.txt')}`));
    const context = report.output.map((l) => l.text).join('\n');
    expect(report.language, context).toBe('py');
    expect(matchTemplate(template, printedLines(report)), context).toEqual({ ok: true });
    const written = Object.keys(await workspaceDigests(page)).filter((path) => path.startsWith(step.folder));
    expect(written.length, context).toBe(step.count);
  }
});
