import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import {
  MAIN,
  allAfter,
  extent,
  findLine,
  findLines,
  median,
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
  const taskLength = median(all.map((t) => t.end - t.start));
  // How many task lengths each two-worker run took, from its first start to its last end.
  const twoWorkerRounds = runs
    .filter((run) => pidsOf(run).size === 2)
    .map((run) => (taskLength > 0 ? extent(run).length / taskLength : Infinity));
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
      twoWorkerRounds.some((r) => r >= 5.5),
      {
        en: 'Pool(2) with the default chunksize took about 6 task lengths: items went out in pairs, 3 rounds of 2.',
        ja: 'デフォルトのチャンクサイズの Pool(2) は、タスク約 6 個分の時間がかかりました。項目が 2 つずつ送られ、2 個ずつ 3 ラウンドです。',
      },
      {
        en: 'No run with two workers and the default chunksize found: add `new Pool(2)` with pool.map(processItem, items) and print "All processing completed in … seconds" after it.',
        ja: 'ワーカー 2 つ、デフォルトのチャンクサイズでの実行が見つかりません。`new Pool(2)` で pool.map(processItem, items) を実行し、その後に "All processing completed in … seconds" を表示しましょう。',
      },
    ),
    verdict(
      'five-rounds',
      twoWorkerRounds.some((r) => r <= 5.5),
      {
        en: 'With your chunksize, two workers finished the ten items in about 5 task lengths.',
        ja: 'あなたのチャンクサイズでは、2 つのワーカーが 10 項目をタスク約 5 個分の時間で終えました。',
      },
      {
        en: `No two-worker run finished in 5 task lengths (found ${twoWorkerRounds.map((r) => r.toFixed(1)).join(', ') || 'none'}). Pass a chunksize as map's third argument so that both workers get the same number of items.`,
        ja: `ワーカー 2 つでタスク 5 個分の時間で終わった実行がありません（結果: ${twoWorkerRounds.map((r) => r.toFixed(1)).join('、') || 'なし'}）。map の 3 番目の引数にチャンクサイズを渡し、両方のワーカーに同じ数の項目が行くようにしましょう。`,
      },
    ),
  ];
};

export default check;
