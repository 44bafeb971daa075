import { readdirSync, readFileSync } from 'node:fs';
import { test, expect, printed } from './fixtures';

// Every lesson in this engine, as a learner meets it (e2e/lessons.spec.ts does the same in
// Chromium): the starter runs to the end and its exercise is not done yet; the solution passes
// every check. Lessons run one after another in one page, at a small time scale.
const timeScale = 0.1;
const timeLimit = 60;
const lessons = readdirSync('lessons').filter((name) => /^\d\d-/.test(name));

/** Lessons whose programs read or write files (parallel/fs, or images saved and opened). */
function usesFiles(id: string): boolean {
  return ['files', 'solution'].some((folder) =>
    readdirSync(`lessons/${id}/${folder}`).some((file) =>
      /parallel\/(fs|image)['"]/.test(readFileSync(`lessons/${id}/${folder}/${file}`, 'utf8')),
    ),
  );
}

let filesMissing: boolean | undefined;

for (const id of lessons) {
  test(`lesson ${id}: the starter runs, and the solution passes its checks`, async ({ lab }) => {
    await lab.open(id);
    await lab.reset();
    filesMissing ??= (await lab.badge()).missing.includes('fileSystem');
    if (filesMissing && usesFiles(id)) {
      // No Origin Private File System here (WebKitGTK): the lesson must say so, as the badge does.
      await lab.showSolution();
      const { report } = await lab.run({ timeScale, timeLimit });
      expect(report.status, printed(report)).toBe('error');
      expect(report.error?.message).toContain('Origin Private File System');
      return;
    }
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
