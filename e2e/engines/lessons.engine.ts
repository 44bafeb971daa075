import { readdirSync } from 'node:fs';
import { test, expect, printed } from './fixtures';

// Every lesson in this engine, as a learner meets it: the solution passes every check. Lessons
// run one after another in one page, at a small time scale. Starters run too where one hung in
// Firefox (issue 14: 07, 08, 14): the run ends and its exercise is not done yet. Every other
// starter runs in Chromium (e2e/lessons.spec.ts); here they would double the suite's time, which
// CI cannot spare (measured on 2 loaded cores: WebKitGTK 18 min with every starter).
const timeScale = 0.1;
const baseTimeLimit = 60;

/**
 * The image lessons (10–14) in WebKitGTK get longer: filtering and PNG-encoding an 800×600 image
 * there took 3–16 s per image on 2 cores at load ~20 (Firefox: under 1 s), so lesson 11's five
 * images and lesson 14's two programs ran past 60 s, every finished run passing its checks; at
 * 150 s, 10–13 passed and lesson 14's starter (both programs, 44 s for the sequential one) did not
 * finish.
 */
const slowImageLessons: Partial<Record<string, { lessons: RegExp; timeLimit: number }>> = {
  webkit: { lessons: /^1[0-4]-/, timeLimit: 240 },
};
const lessons = readdirSync('lessons').filter((name) => /^\d\d-/.test(name));
const startersThatHung = ['07-partial', '08-shared-memory', '14-compare'];

/**
 * Lessons run at the learner's time scale: 06 judges that a 2 s task on a fresh pool worker ends
 * before a 3 s one on a warm worker, and a fresh WebKitGTK worker takes 1–4 s to run its first
 * task on a loaded machine (measured), more than the 0.1 s margin the small scale leaves.
 */
const learnersTimeScale = ['06-apply-async'];

/**
 * Verdicts that measure the machine rather than the engine, left unjudged where they failed for
 * that reason. Lesson 00's workers-faster compares the pool's time with async tasks on one thread:
 * under Xvfb on 2 cores at load ~17, WebKitGTK's whole page process got ~30 % of one CPU and the
 * pool took longer than the async tasks three times (10.34 s vs 6.60 s), while Firefox passed at
 * the same load. Chromium judges it (e2e/lessons.spec.ts); every other verdict is judged here.
 */
const machineVerdicts: Partial<Record<string, Record<string, string[]>>> = {
  webkit: { '00-processes-and-threads': ['workers-faster'] },
};

for (const id of lessons) {
  const runsStarter = startersThatHung.includes(id);
  const scale = learnersTimeScale.includes(id) ? 1 : timeScale;
  test(`lesson ${id}: ${runsStarter ? 'the starter runs, and ' : ''}the solution passes its checks`, async ({
    lab,
    engineName,
  }) => {
    const slow = slowImageLessons[engineName];
    const timeLimit = slow?.lessons.test(id) ? slow.timeLimit : baseTimeLimit;
    // Two runs of up to timeLimit each, and the page's own work.
    test.setTimeout(Math.max(300_000, (2 * timeLimit + 60) * 1000));
    await lab.open(id);
    await lab.reset();
    if (runsStarter) {
      const starter = await lab.run({ timeScale: scale, timeLimit });
      expect(starter.report.status, printed(starter.report)).toBe('ok');
      expect(
        starter.checks.filter((check) => !check.ok).length,
        'the unsolved exercise fails a check',
      ).toBeGreaterThan(0);
    }

    await lab.showSolution();
    const solution = await lab.run({ timeScale: scale, timeLimit });
    const unjudged = machineVerdicts[engineName]?.[id] ?? [];
    const failing = solution.checks.filter((check) => !check.ok && !unjudged.includes(check.id));
    expect(solution.checks.map((check) => check.id)).toEqual(expect.arrayContaining(unjudged));
    expect(solution.report.status, printed(solution.report)).toBe('ok');
    expect(failing, printed(solution.report)).toEqual([]);
    expect(solution.checks.length).toBeGreaterThan(0);
  });
}
