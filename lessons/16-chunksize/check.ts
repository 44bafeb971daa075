import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, extent, findLines, numberAfter, pidsOf, splitByMarkers, tasksOf } from '../check-helpers';

const check: Check = (report) => {
  // Each rate line must come after a run of noop tasks that could give it: the spans' own rate
  // (tasks over the time from the first start to the last end) is an upper bound of the rate
  // the main process measures around the map (1.5× leeway for the warm-up tasks and clocks).
  const rateLines = findLines(report, /^chunksize \d+: \d+ tasks\/s$/, MAIN);
  const runs = splitByMarkers(
    tasksOf(report, 'noop').filter((t) => t.ok),
    rateLines.map((l) => l.t),
  );
  const measured = [1, 10, 100, 1000].filter((c) => {
    const k = rateLines.findIndex((l) => l.text.startsWith(`chunksize ${c}:`));
    const spans = runs[k] ?? [];
    const rate = numberAfter(rateLines[k]?.text, ':') ?? Infinity;
    const length = extent(spans).length;
    return spans.length >= 1000 && length > 0 && rate <= (1.5 * spans.length) / length;
  });
  // The last run of the uneven tasks (each run ends with an "Uneven tasks" line).
  const markers = findLines(report, /^Uneven tasks/, MAIN).map((l) => l.t);
  const weighted = (splitByMarkers(tasksOf(report, 'weighted'), markers).at(-1) ?? []).filter((t) => t.ok);
  const pids = [...pidsOf(weighted)];
  const finish = pids.map((pid) => Math.max(...weighted.filter((t) => t.pid === pid).map((t) => t.end)));
  const phase = extent(weighted);
  const gap = finish.length === 2 ? Math.abs((finish[0] ?? 0) - (finish[1] ?? 0)) : Infinity;
  // A run records the arguments of its first 10 000 tasks only, and part 1 sends 80 000: when
  // part 2's tasks carry theirs, they must be the jobs 0-39, once each.
  const everyJob =
    weighted.every((t) => t.args === undefined) ||
    Array.from({ length: 40 }, (_, i) => i).every(
      (i) => weighted.filter((t) => t.args?.length === 1 && t.args[0] === i).length === 1,
    );
  const balanced =
    weighted.length === 40 && everyJob && pids.length === 2 && phase.length > 0 && gap <= 0.2 * phase.length;
  return [
    verdict(
      'throughput',
      measured.length === 4 && report.plots >= 1,
      {
        en: 'Throughput was measured at chunksize 1, 10, 100 and 1000, and charted.',
        ja: 'チャンクサイズ 1、10、100、1000 でのスループットを測り、グラフにしました。',
      },
      {
        en: 'Keep part 1: for chunksize 1, 10, 100 and 1000, map noop over the items, print "chunksize N: R tasks/s" with the rate measured around that map, and show the chart.',
        ja: 'パート 1 は残しましょう。チャンクサイズ 1、10、100、1000 について noop を項目に map し、その map の前後で測ったレートで "chunksize N: R tasks/s" を表示して、グラフを表示します。',
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
