import type { Check } from '../../src/lessons/types';
import type { ProcessRecord, RunReport } from '../../src/sandbox/report';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, findLine, processesRunning, sameValue, showValue } from '../check-helpers';

/** How long a worker process worked: from its "started" line to its "completed" line. */
function workTime(report: RunReport, p: ProcessRecord): number | null {
  const started = findLine(report, / started$/, p.pid);
  const completed = findLine(report, / completed$/, p.pid);
  return started && completed ? completed.t - started.t : null;
}

const check: Check = (report) => {
  const kids = processesRunning(report, 'worker').filter((p) => p.ppid === MAIN);
  // Worker i: the process that printed "Worker i (PID: its own pid) started", as the lab's does.
  const byId = [0, 1, 2].map((i) =>
    kids.find((p) => findLine(report, new RegExp(`^Worker ${i} \\(PID: ${p.pid}\\) started$`), p.pid)),
  );
  // The exercise: worker i was started with [i, 3 - i] (the record), so it printed the id it got.
  const gotArgs = byId.every((p, i) => p !== undefined && sameValue(p.args, [i, 3 - i]));
  const [t0, t1, t2] = byId.map((p) => (p ? workTime(report, p) : null));
  const staggered = t0 != null && t1 != null && t2 != null && t0 > t1 && t1 > t2;
  const names = kids.map((p) => p.name);
  const all = findLine(report, /^All processes completed$/, MAIN);
  const lastWorkerLine = Math.max(...report.output.filter((l) => l.pid !== MAIN).map((l) => l.t));
  return [
    verdict(
      'three-workers',
      kids.length === 3 && kids.every((p) => p.exitCode === 0),
      {
        en: 'Three worker processes ran worker and exited cleanly.',
        ja: '3 つのワーカープロセスが worker を実行し、正常に終了しました。',
      },
      {
        en: `Expected three child processes that run worker and exit with code 0; found ${kids.length}.`,
        ja: `worker を実行して終了コード 0 で終わる子プロセスが 3 つ必要ですが、${kids.length} 個でした。`,
      },
    ),
    verdict(
      'names',
      ['Worker-0', 'Worker-1', 'Worker-2'].every((n) => names.includes(n)),
      {
        en: 'The processes are named Worker-0, Worker-1 and Worker-2.',
        ja: 'プロセス名が Worker-0、Worker-1、Worker-2 になっています。',
      },
      {
        en: `The processes are named ${names.join(', ') || '(none)'}: pass name: \`Worker-\${i}\` to new Process.`,
        ja: `プロセス名が ${names.join('、') || '（なし）'} です。new Process に name: \`Worker-\${i}\` を渡しましょう。`,
      },
    ),
    verdict(
      'arguments',
      gotArgs,
      {
        en: 'Each worker was started with its own id and its seconds, args [i, 3 - i], and printed the id it got.',
        ja: '各ワーカーは自分の ID と秒数（args [i, 3 - i]）を受け取って起動し、受け取った ID を表示しました。',
      },
      {
        en: `The workers were started with ${kids.map((p) => showValue(p.args ?? [])).join(', ') || 'nothing'}; each needs [i, 3 - i] (worker 0 gets [0, 3]) and must print the id it got. Seconds worked out inside worker (sleep(3 - workerId)) do not count: they must travel in args.`,
        ja: `ワーカーは ${kids.map((p) => showValue(p.args ?? [])).join('、') || '何もなし'} で起動されました。それぞれ [i, 3 - i]（ワーカー 0 なら [0, 3]）で起動し、受け取った ID を表示する必要があります。worker の中で秒数を計算しても（sleep(3 - workerId)）合格しません。args で渡しましょう。`,
      },
    ),
    verdict(
      'seconds-used',
      staggered,
      {
        en: 'Each worker slept the seconds it was given: worker 0 the longest, worker 2 the shortest.',
        ja: '各ワーカーは渡された秒数だけスリープしました。ワーカー 0 が最も長く、ワーカー 2 が最も短くなっています。',
      },
      {
        en: 'Worker 0 should work longest and worker 2 shortest: call sleep(seconds) with the seconds worker received.',
        ja: 'ワーカー 0 が最も長く、ワーカー 2 が最も短く働くはずです。受け取った秒数で sleep(seconds) を呼びましょう。',
      },
    ),
    verdict(
      'joined',
      all !== undefined && all.t >= lastWorkerLine,
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
