// The lab's own scripts (each lesson's original/*.py) run in the page's Python mode print what
// the lab prints: the lesson's lab-output template, as on CPython (LAB.md; e2e/lessons.spec.ts
// holds them to the same templates on CPython itself).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { matchTemplate, parseTemplate, printedLines } from '../../../lessons/lab-output';
import { InterpreterPool } from './interpreters';
import { startPythonRun } from './python-run';

const originals = import.meta.glob<string>('../../../lessons/*/original/*.py', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const templates = import.meta.glob<string>('../../../lessons/*/lab-output/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const interpreters = new InterpreterPool({ spares: 5 });
beforeAll(() => interpreters.prepare(), 300_000);
afterAll(() => interpreters.dispose());

// Lessons 01-09: the scripts that need neither Pillow nor matplotlib (Python mode part 2).
const cases = Object.entries(templates)
  .map(([path, text]) => {
    const [, lesson, script] = /lessons\/(\d\d)-[^/]+\/lab-output\/(.+)\.txt$/.exec(path) ?? [];
    return { lesson: Number(lesson), script: `${script}.py`, text, path };
  })
  .filter((c) => c.lesson >= 1 && c.lesson <= 9)
  .sort((a, b) => a.path.localeCompare(b.path));

test('every lesson 01-09 has its originals here', () => {
  expect(cases.length).toBeGreaterThanOrEqual(10);
});

for (const c of cases) {
  test(`${c.script} prints its lab-output template at time scale 0.1`, { timeout: 300_000 }, async () => {
    const source = Object.entries(originals).find(([path]) => path.endsWith(`/original/${c.script}`))?.[1];
    expect(source, c.script).toBeDefined();
    const template = parseTemplate(c.text);
    // Python has run on this page before: every spare is booted, as the lab's timings assume.
    await interpreters.warm();
    const report = await startPythonRun(
      { [c.script]: source as string },
      { entry: c.script, interpreters, timeScale: 0.1 },
    ).report;
    const stderr = report.output.filter((l) => l.stream === 'error').map((l) => l.text);
    const context = `${printedLines(report).join('\n')}\n--- stderr\n${stderr.join('\n')}`;
    expect(matchTemplate(template, printedLines(report)), context).toEqual({ ok: true });
    expect(report.status, context).toBe(template.exitCode === 0 ? 'ok' : 'error');
    expect(report.processes.find((p) => p.pid === 1)?.exitCode, context).toBe(template.exitCode);
    expect(template.error === null ? stderr : stderr.at(-1), context).toEqual(template.error ?? []);
  });
}
