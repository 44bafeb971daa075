import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import {
  MAIN,
  extent,
  findLines,
  listIn,
  median,
  pidsOf,
  sameNumbers,
  splitByMarkers,
  tasksOf,
} from '../check-helpers';

const expected = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90];

const check: Check = (report) => {
  const markers = findLines(report, /completed in/, MAIN).map((l) => l.t);
  const runs = splitByMarkers(tasksOf(report, 'processItem'), markers).filter((run) => run.length === 10);
  const taskLength = median(tasksOf(report, 'processItem').map((t) => t.end - t.start));
  // How many task lengths each two-worker run took, from its first start to its last end.
  const twoWorkerRounds = runs
    .filter((run) => pidsOf(run).size === 2)
    .map((run) => (taskLength > 0 ? extent(run).length / taskLength : Infinity));
  const results = findLines(report, /^Results:/, MAIN).map((l) => listIn(l.text));
  return [
    verdict(
      'results',
      results.length > 0 && results.every((r) => sameNumbers(r, expected)),
      {
        en: 'map returned [0, 10, …, 90] in input order.',
        ja: 'map は [0, 10, …, 90] を入力と同じ順番で返しました。',
      },
      {
        en: 'Every "Results:" line should be [0, 10, 20, 30, 40, 50, 60, 70, 80, 90].',
        ja: '"Results:" の行はどれも [0, 10, 20, 30, 40, 50, 60, 70, 80, 90] になるはずです。',
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
