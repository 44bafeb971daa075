import type { Check } from '../../src/lessons/types';
import type { ProcessRecord, RunReport } from '../../src/sandbox/report';
import { verdict } from '../../src/lessons/check-kit';
import {
  MAIN,
  familyOf,
  findLine,
  lines,
  maxOverlap,
  numberAfter,
  pidsOf,
  tasksOf,
  written,
} from '../check-helpers';

const programs = [
  'sequential_image_processing.ts',
  'parallel_image_processing.ts',
  'advanced_parallel_processing.ts',
] as const;
type Program = (typeof programs)[number];
const failing = 'no_pillow.ts';

const escape = (name: string) => name.replace(/\./g, '\\.');

/** The program main.ts ran for `script`: the subprocess that started after "Running <script>...". */
function subprocessOf(report: RunReport, script: string): ProcessRecord | undefined {
  const running = findLine(report, new RegExp(`^Running ${escape(script)}\\.\\.\\.$`), MAIN);
  if (!running) return undefined;
  return report.processes.find((p) => p.ppid === MAIN && p.name === 'MainProcess' && p.start >= running.t);
}

/** The program really did its work: what each of the lab's three scripts leaves behind. */
function didItsWork(report: RunReport, program: Program, root: ProcessRecord): boolean {
  const pids = familyOf(report, root.pid);
  const printed = (pattern: RegExp) => lines(report, root.pid).some((l) => pattern.test(l.text));
  const tasks = (fn: string) =>
    tasksOf(report, fn).filter((t) => t.ok && pids.has(t.pid) && t.pid !== root.pid);
  if (program === 'sequential_image_processing.ts') {
    return (
      printed(/Sequential processing completed/) &&
      written(report).has('processed_sequential/blur_sample_1.png')
    );
  }
  if (program === 'parallel_image_processing.ts') return tasks('applyFilters').length === 5;
  return tasks('applyFilter').length === 40;
}

const check: Check = (report) => {
  const completedLine = (script: string) =>
    findLine(report, new RegExp(`^Completed ${escape(script)} in \\d+\\.\\d\\d seconds$`), MAIN);
  // Each of the three ran as a program of its own, did its work and ended well, and only then
  // did main.ts report it, passing on the end of what it printed.
  const ran = programs.filter((program) => {
    const root = subprocessOf(report, program);
    const completed = completedLine(program);
    if (!root || root.exitCode !== 0 || root.end === null || !completed || completed.t < root.end)
      return false;
    const last = lines(report)
      .filter((l) => familyOf(report, root.pid).has(l.pid) && l.stream === 'log')
      .at(-1)
      ?.text.split('\n')
      .at(-1);
    return (
      didItsWork(report, program, root) &&
      last !== undefined &&
      lines(report, MAIN).some(
        (l) => l.t >= completed.t && l.text.startsWith('Output: ') && l.text.includes(last),
      )
    );
  });
  const notRan = programs.filter((p) => !ran.includes(p));

  const broken = subprocessOf(report, failing);
  const failedLine = findLine(
    report,
    new RegExp(`^FAILED: ${escape(failing)} exited with code (\\d+)$`),
    MAIN,
  );
  const reportedCode = numberAfter(failedLine?.text, 'code');
  const exitCodes =
    broken !== undefined &&
    broken.exitCode !== null &&
    broken.exitCode !== 0 &&
    broken.end !== null &&
    failedLine !== undefined &&
    failedLine.t >= broken.end &&
    reportedCode === broken.exitCode &&
    completedLine(failing) === undefined;

  // The parallel program really ran its images at the same time (on two or more workers): a
  // sturdier sign than comparing two wall times of one run on a busy machine.
  const parallel = subprocessOf(report, 'parallel_image_processing.ts');
  const parallelPids = parallel ? familyOf(report, parallel.pid) : new Set<number>();
  const parallelTasks = tasksOf(report, 'applyFilters').filter((t) => t.ok && parallelPids.has(t.pid));
  const using = parallel
    ? numberAfter(findLine(report, /^Using \d+ processes/, parallel.pid)?.text, 'Using')
    : null;
  const overlapped =
    parallelTasks.length === 5 &&
    using !== null &&
    (using < 2 || (pidsOf(parallelTasks).size >= 2 && maxOverlap(parallelTasks) >= 2));

  return [
    verdict(
      'ran-all',
      notRan.length === 0,
      {
        en: 'The three image programs ran as programs of their own, did their work and ended with exit code 0; each was reported after it ended, with the end of its output.',
        ja: '3 つの画像プログラムがそれぞれ独立したプログラムとして実行され、処理をして終了コード 0 で終わりました。どれも終了後に、出力の末尾とともに報告されました。',
      },
      {
        en: `Not run to the end and reported: ${notRan.join(', ')}. For each, runScript must print "Running <script>...", await run(script), then print "Completed <script> in <s> seconds" and "Output: " with the end of result.stdout.`,
        ja: `最後まで実行されて報告されていないプログラム：${notRan.join('、')}。それぞれについて、runScript が "Running <script>..." を表示し、run(script) を await してから、"Completed <script> in <s> seconds" と、result.stdout の末尾を付けた "Output: " を表示する必要があります。`,
      },
    ),
    verdict(
      'exit-codes',
      exitCodes,
      {
        en: 'no_pillow.ts crashed, and was reported as FAILED with its exit code, not as completed.',
        ja: 'no_pillow.ts はクラッシュし、"completed" ではなく、終了コード付きで FAILED と報告されました。',
      },
      {
        en:
          broken === undefined
            ? 'Add no_pillow.ts to the programs main.ts runs, then check result.exitCode: print "FAILED: no_pillow.ts exited with code <n>" instead of "Completed".'
            : completedLine(failing)
              ? 'no_pillow.ts crashed but was reported as "Completed": check result.exitCode and print "FAILED: no_pillow.ts exited with code <n>" instead.'
              : `Expected "FAILED: no_pillow.ts exited with code ${broken.exitCode ?? 'n'}" from the main process after no_pillow.ts ended.`,
        ja:
          broken === undefined
            ? 'main.ts が実行するプログラムに no_pillow.ts を加え、result.exitCode を確かめましょう。"Completed" の代わりに "FAILED: no_pillow.ts exited with code <n>" を表示します。'
            : completedLine(failing)
              ? 'no_pillow.ts はクラッシュしたのに "Completed" と報告されています。result.exitCode を確かめ、代わりに "FAILED: no_pillow.ts exited with code <n>" を表示しましょう。'
              : `no_pillow.ts が終わった後に、メインプロセスから "FAILED: no_pillow.ts exited with code ${broken.exitCode ?? 'n'}" が表示されるはずです。`,
      },
    ),
    verdict(
      'parallel',
      overlapped,
      {
        en:
          using !== null && using < 2
            ? 'parallel_image_processing.ts had one worker only (one core): nothing could overlap.'
            : 'parallel_image_processing.ts really processed several images at the same time.',
        ja:
          using !== null && using < 2
            ? 'parallel_image_processing.ts のワーカーは 1 つだけ（コアが 1 つ）なので、重なりようがありません。'
            : 'parallel_image_processing.ts は本当に複数の画像を同時に処理しました。',
      },
      {
        en: 'Expected parallel_image_processing.ts to run its five applyFilters tasks at least two at a time: keep its Pool.',
        ja: 'parallel_image_processing.ts は applyFilters の 5 つのタスクを少なくとも 2 つ同時に実行するはずです。その Pool は残しましょう。',
      },
    ),
    verdict(
      'chart',
      report.plots >= 1 &&
        written(report).has('performance_comparison.png') &&
        findLine(report, /^Performance comparison plot saved as 'performance_comparison\.png'$/, MAIN) !==
          undefined,
      {
        en: 'The chart was saved as performance_comparison.png and shown.',
        ja: 'グラフは performance_comparison.png として保存され、表示されました。',
      },
      {
        en: 'Save the chart and show it: await savefig("performance_comparison.png"), print the "saved" line, then show().',
        ja: 'グラフを保存して表示しましょう：await savefig("performance_comparison.png") の後に "saved" の行を表示し、show() を呼びます。',
      },
    ),
  ];
};

export default check;
