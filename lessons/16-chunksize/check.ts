import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, extent, findLine, findLines, pidsOf, splitByMarkers, tasksOf } from '../check-helpers';

const check: Check = (report) => {
  const measured = [1, 10, 100, 1000].filter((c) =>
    findLine(report, new RegExp(`^chunksize ${c}: \\d+ tasks/s$`), MAIN),
  );
  // The last run of the uneven tasks (each run ends with an "Uneven tasks" line).
  const markers = findLines(report, /^Uneven tasks/, MAIN).map((l) => l.t);
  const weighted = (splitByMarkers(tasksOf(report, 'weighted'), markers).at(-1) ?? []).filter((t) => t.ok);
  const pids = [...pidsOf(weighted)];
  const finish = pids.map((pid) => Math.max(...weighted.filter((t) => t.pid === pid).map((t) => t.end)));
  const phase = extent(weighted);
  const gap = finish.length === 2 ? Math.abs((finish[0] ?? 0) - (finish[1] ?? 0)) : Infinity;
  const balanced =
    weighted.length === 40 && pids.length === 2 && phase.length > 0 && gap <= 0.2 * phase.length;
  return [
    verdict(
      'throughput',
      measured.length === 4 && report.plots >= 1,
      {
        en: 'Throughput was measured at chunksize 1, 10, 100 and 1000, and charted.',
        ja: 'チャンクサイズ 1、10、100、1000 でのスループットを測り、グラフにしました。',
      },
      {
        en: 'Keep part 1: print "chunksize N: R tasks/s" for 1, 10, 100 and 1000, and show the chart.',
        ja: 'パート 1 は残しましょう。1、10、100、1000 について "chunksize N: R tasks/s" を表示し、グラフを表示します。',
      },
    ),
    verdict(
      'balanced',
      balanced,
      {
        en: `Both workers finished the uneven tasks within ${((100 * gap) / phase.length).toFixed(0)}% of the run of each other.`,
        ja: `2 つのワーカーは、偏りのあるタスクを実行時間の ${((100 * gap) / phase.length).toFixed(0)}% 以内の差で終えました。`,
      },
      {
        en:
          weighted.length === 40 && pids.length === 2
            ? `One worker finished ${((100 * gap) / phase.length).toFixed(0)}% of the run before the other: the heavy tasks went to one worker in big chunks. Use a smaller chunksize for the weighted tasks.`
            : `Expected 40 weighted tasks on the two workers of the pool, found ${weighted.length} on ${pids.length}.`,
        ja:
          weighted.length === 40 && pids.length === 2
            ? `一方のワーカーが、もう一方より実行時間の ${((100 * gap) / phase.length).toFixed(0)}% 早く終わりました。重いタスクが大きなチャンクで 1 つのワーカーに行っています。weighted のタスクには小さなチャンクサイズを使いましょう。`
            : `プールの 2 つのワーカーで weighted のタスクが 40 個実行されるはずですが、${pids.length} 個のワーカーで ${weighted.length} 個でした。`,
      },
    ),
  ];
};

export default check;
