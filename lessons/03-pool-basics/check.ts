import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import {
  MAIN,
  children,
  extent,
  findLine,
  listIn,
  maxOverlap,
  phases,
  pidsOf,
  sameNumbers,
  tasksOf,
} from '../check-helpers';

const squares = [1, 4, 9, 16, 25];

const check: Check = (report) => {
  const runs = phases(tasksOf(report, 'square'));
  const pool2 = runs.find((run) => run.length >= 5 && pidsOf(run).size === 2);
  const widest = [...runs].sort((a, b) => pidsOf(b).size - pidsOf(a).size)[0] ?? [];
  const pool5 = widest !== pool2 && pidsOf(widest).size >= 3 ? widest : undefined;
  const timeTaken = findLine(report, /^Time taken/, MAIN);
  const sequential = findLine(report, /^Sequential results/, MAIN);
  const sequentialLength = timeTaken && sequential ? sequential.t - timeTaken.t : 0;
  const pool2Length = pool2 ? extent(pool2).length : Infinity;
  return [
    verdict(
      'results',
      sameNumbers(listIn(findLine(report, /^Results:/, MAIN)?.text), squares),
      {
        en: 'The pool returned [1, 4, 9, 16, 25], in input order.',
        ja: 'プールは [1, 4, 9, 16, 25] を入力と同じ順番で返しました。',
      },
      {
        en: 'The main process did not print "Results: [1, 4, 9, 16, 25]".',
        ja: 'メインプロセスが "Results: [1, 4, 9, 16, 25]" を表示していません。',
      },
    ),
    verdict(
      'pool2-beats-sequential',
      pool2 !== undefined &&
        maxOverlap(pool2) === 2 &&
        sequentialLength > 0 &&
        pool2Length <= 0.8 * sequentialLength,
      {
        en: 'Pool(2) ran two tasks at a time and beat the sequential loop (about 3 rounds against 5).',
        ja: 'Pool(2) はタスクを 2 つずつ実行し、逐次処理より速く終わりました（約 3 ラウンド対 5）。',
      },
      {
        en: "Keep the lab's Pool(2) run of square over the five numbers, followed by the sequential loop: its five tasks should run two at a time and finish in about 3/5 of the sequential time.",
        ja: 'ラボの Pool(2) による 5 つの数の square と、その後の逐次ループは残しておきましょう。5 つのタスクが 2 つずつ実行され、逐次処理の約 3/5 の時間で終わるはずです。',
      },
    ),
    verdict(
      'pool5',
      pool5 !== undefined && pool5.length >= 5 && children(report).length >= 7,
      {
        en: 'A second pool with 5 workers squared the numbers too.',
        ja: 'ワーカー 5 つの 2 つ目のプールでも数を 2 乗しました。',
      },
      {
        en: 'No Pool(5) run found: after the sequential part, map square over the same numbers with `new Pool(5)`.',
        ja: 'Pool(5) の実行が見つかりません。逐次処理の後で、`new Pool(5)` を使って同じ数に square を map しましょう。',
      },
    ),
    verdict(
      'pool5-faster',
      pool5 !== undefined && extent(pool5).length <= 0.75 * pool2Length,
      {
        en: "Pool(5) finished in one round: much faster than Pool(2)'s three.",
        ja: 'Pool(5) は 1 ラウンドで終わりました。Pool(2) の 3 ラウンドよりずっと速いです。',
      },
      {
        en: 'The Pool(5) run was not clearly faster than Pool(2): with five workers all five tasks should sleep at the same time.',
        ja: 'Pool(5) が Pool(2) よりはっきり速くなっていません。ワーカーが 5 つあれば、5 つのタスクが同時にスリープするはずです。',
      },
    ),
  ];
};

export default check;
