import type { Check } from '../../src/lessons/types';
import type { TaskSpan } from '../../src/sandbox/report';
import { verdict } from '../../src/lessons/check-kit';
import {
  MAIN,
  allAfter,
  busiest,
  countByPid,
  extent,
  findLine,
  findLines,
  pidsOf,
  showTasks,
  splitByMarkers,
  tasksMaking,
  tasksOf,
} from '../check-helpers';

const calls = Array.from({ length: 10 }, (_, i) => ({ args: [i], result: i * 10 }));

const check: Check = (report) => {
  const all = tasksOf(report, 'processItem');
  const markers = findLines(report, /^All processing completed in /, MAIN).map((l) => l.t);
  // One run per "All processing completed" line: the ten calls, each returning item * 10.
  const runs = splitByMarkers(all, markers).filter((run) => tasksMaking(run, calls));
  const first = runs[0];
  const results = findLine(report, /^Results: \[0, 10, 20, 30, 40, 50, 60, 70, 80, 90\]$/, MAIN);
  // The lab's point: each item's line names the process that really handled it.
  const ownPids = all.every((t) =>
    findLine(report, new RegExp(`^Process ${t.pid} processing item ${String(t.args?.[0])}$`), t.pid),
  );
  const twoWorkerRuns = runs.filter((run) => pidsOf(run).size === 2);
  // Chunks of two: items 2k and 2k + 1 went to the same worker, which ran them one after the other.
  const inPairs = (run: TaskSpan[]) =>
    [0, 2, 4, 6, 8].every((first) => {
      const [a, b] = [first, first + 1].map((item) => run.find((t) => t.args?.[0] === item));
      const next =
        a && run.filter((t) => t.pid === a.pid && t.start > a.start).sort((x, y) => x.start - y.start)[0];
      return a !== undefined && b !== undefined && next === b;
    });
  const shares = twoWorkerRuns.map((run) => [...countByPid(run).values()].sort((x, y) => y - x).join('+'));
  return [
    verdict(
      'results',
      first !== undefined && allAfter([results], extent(first).end),
      {
        en: 'The pool ran processItem once for each item 0…9, and the main process printed what came back: [0, 10, …, 90], in input order.',
        ja: 'プールは項目 0〜9 のそれぞれについて processItem を 1 回ずつ実行し、メインプロセスは返ってきた [0, 10, …, 90] を入力と同じ順番で表示しました。',
      },
      {
        en: `Keep the lab's run: map processItem over 0…9 and print "Results: [0, 10, 20, 30, 40, 50, 60, 70, 80, 90]" after "All processing completed in … seconds". The tasks found: ${showTasks(all)}.`,
        ja: `ラボの実行を残しましょう。0〜9 に processItem を map し、"All processing completed in … seconds" の後に "Results: [0, 10, 20, 30, 40, 50, 60, 70, 80, 90]" を表示します。見つかったタスク: ${showTasks(all)}。`,
      },
    ),
    verdict(
      'own-pid',
      all.length > 0 && ownPids,
      {
        en: 'Each "Process … processing item …" line was printed by the process it names.',
        ja: '"Process … processing item …" の行は、どれもその行が名指ししているプロセスが表示しました。',
      },
      {
        en: 'Each worker should print its own id, as the lab\'s process_item does: "Process ${getpid()} processing item ${item}".',
        ja: 'ラボの process_item と同じく、各ワーカーは自分の ID を表示するはずです："Process ${getpid()} processing item ${item}"。',
      },
    ),
    verdict(
      'lab-pairs',
      twoWorkerRuns.some((run) => inPairs(run) && busiest(run) === 6),
      {
        en: "Pool(2) with the default chunksize sent the items in pairs: 5 chunks of 2 on two workers, so one worker ran 6 items — the lab's 3 rounds of 2 seconds.",
        ja: 'デフォルトのチャンクサイズの Pool(2) は項目を 2 つずつ送りました。2 つのワーカーに 2 項目のチャンクが 5 つなので、片方のワーカーが 6 項目を受け持ちます。ラボの 2 秒 × 3 ラウンドです。',
      },
      {
        en: 'No run with two workers and the default chunksize found: add `new Pool(2)` with pool.map(processItem, items) and print "All processing completed in … seconds" after it.',
        ja: 'ワーカー 2 つ、デフォルトのチャンクサイズでの実行が見つかりません。`new Pool(2)` で pool.map(processItem, items) を実行し、その後に "All processing completed in … seconds" を表示しましょう。',
      },
    ),
    verdict(
      'five-rounds',
      twoWorkerRuns.some((run) => busiest(run) === 5),
      {
        en: 'With your chunksize, each of the two workers ran five items: 5 rounds instead of 6.',
        ja: 'あなたのチャンクサイズでは、2 つのワーカーがそれぞれ 5 項目ずつ受け持ちました。6 ラウンドではなく 5 ラウンドです。',
      },
      {
        en: `No two-worker run gave both workers five items (found ${shares.join(', ') || 'none'}). Pass a chunksize as map's third argument so that both workers get the same number of items.`,
        ja: `両方のワーカーに 5 項目ずつ行った、ワーカー 2 つの実行がありません（結果: ${shares.join('、') || 'なし'}）。map の 3 番目の引数にチャンクサイズを渡し、両方のワーカーに同じ数の項目が行くようにしましょう。`,
      },
    ),
  ];
};

export default check;
