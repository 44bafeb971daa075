import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, children, findLine } from '../check-helpers';

/** How long worker `id` worked: from its "started" line to its "completed" line, same pid. */
function workTime(report: Parameters<Check>[0], id: number): number | null {
  const started = findLine(report, new RegExp(`^Worker ${id} \\(PID: \\d+\\) started`));
  if (!started || started.pid === MAIN) return null;
  const completed = findLine(report, new RegExp(`^Worker ${id} completed`), started.pid);
  return completed ? completed.t - started.t : null;
}

const check: Check = (report) => {
  const kids = children(report).filter((p) => p.ppid === MAIN);
  const names = new Set(kids.map((p) => p.name));
  const [d0, d1, d2] = [0, 1, 2].map((id) => workTime(report, id));
  const staggered =
    d0 != null && d1 != null && d2 != null && d2 > 0 && d0 >= 2 * d2 && d1 >= 1.4 * d2 && d0 > d1;
  const all = findLine(report, /All processes completed/, MAIN);
  const lastCompleted = Math.max(
    ...report.output.filter((l) => /^Worker \d+ completed/.test(l.text)).map((l) => l.t),
  );
  return [
    verdict(
      'three-workers',
      kids.length === 3 && kids.every((p) => p.exitCode === 0),
      {
        en: 'Three worker processes ran and exited cleanly.',
        ja: '3 つのワーカープロセスが実行され、正常に終了しました。',
      },
      {
        en: `Expected three child processes that exit with code 0, found ${kids.length}.`,
        ja: `終了コード 0 で終わる子プロセスが 3 つ必要ですが、${kids.length} 個でした。`,
      },
    ),
    verdict(
      'names',
      ['Worker-0', 'Worker-1', 'Worker-2'].every((n) => names.has(n)),
      {
        en: 'The processes are named Worker-0, Worker-1 and Worker-2.',
        ja: 'プロセス名が Worker-0、Worker-1、Worker-2 になっています。',
      },
      {
        en: `The processes are named ${[...names].join(', ') || '(none)'}: pass name: \`Worker-\${i}\` to new Process.`,
        ja: `プロセス名が ${[...names].join('、') || '（なし）'} です。new Process に name: \`Worker-\${i}\` を渡しましょう。`,
      },
    ),
    verdict(
      'seconds-argument',
      staggered,
      {
        en: 'Each worker slept for the seconds it was given: worker 0 the longest (3 s), worker 2 the shortest (1 s).',
        ja: '各ワーカーが渡された秒数だけスリープしました。ワーカー 0 が最も長く（3 秒）、ワーカー 2 が最も短い（1 秒）です。',
      },
      {
        en: 'The workers did not work 3, 2 and 1 seconds: add a parameter `seconds` to worker, call sleep(seconds), and pass args: [i, 3 - i].',
        ja: 'ワーカーの処理時間が 3 秒、2 秒、1 秒になっていません。worker に引数 `seconds` を追加して sleep(seconds) を呼び、args: [i, 3 - i] を渡しましょう。',
      },
    ),
    verdict(
      'joined',
      all !== undefined && all.t >= lastCompleted,
      {
        en: '"All processes completed" came after every worker finished.',
        ja: '"All processes completed" はすべてのワーカーが終わった後に表示されました。',
      },
      {
        en: '"All processes completed" must come after all three workers: await join() on every process first.',
        ja: '"All processes completed" は 3 つのワーカーがすべて終わってから表示されるはずです。先にすべてのプロセスの join() を await しましょう。',
      },
    ),
  ];
};

export default check;
