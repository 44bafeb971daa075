import { readdirSync } from 'node:fs';
import { test, expect, printed } from './fixtures';

// Every lesson in this engine, as a learner meets it (e2e/lessons.spec.ts does the same in
// Chromium): the starter runs to the end and its exercise is not done yet; the solution passes
// every check. Lessons run one after another in one page, at a small time scale.
const timeScale = 0.1;
const timeLimit = 60;
const lessons = readdirSync('lessons').filter((name) => /^\d\d-/.test(name));

for (const id of lessons) {
  test(`lesson ${id}: the starter runs, and the solution passes its checks`, async ({ lab }) => {
    await lab.open(id);
    const starter = await lab.run({ timeScale, timeLimit });
    expect(starter.report.status, printed(starter.report)).toBe('ok');
    expect(
      starter.checks.filter((check) => !check.ok).length,
      'the unsolved exercise fails a check',
    ).toBeGreaterThan(0);

    await lab.showSolution();
    const solution = await lab.run({ timeScale, timeLimit });
    const failing = solution.checks.filter((check) => !check.ok);
    expect(solution.report.status, printed(solution.report)).toBe('ok');
    expect(failing, printed(solution.report)).toEqual([]);
    expect(solution.checks.length).toBeGreaterThan(0);
  });
}
