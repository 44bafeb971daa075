import type { Check } from '../../src/lessons/types';
import type { TaskSpan } from '../../src/sandbox/report';
import { verdict } from '../../src/lessons/check-kit';
import {
  MAIN,
  allAfter,
  busiest,
  children,
  extent,
  findLine,
  findLines,
  maxOverlap,
  phases,
  pidsOf,
  showTasks,
  tasksMaking,
  tasksOf,
} from '../check-helpers';

const numbers = [1, 2, 3, 4, 5];
const squares = numbers.map((x) => ({ args: [x], result: x * x }));

/** A run of square on the pool's workers that made the five lab calls, or undefined. */
function fiveSquares(run: TaskSpan[] | undefined): TaskSpan[] | undefined {
  return run && tasksMaking(run, squares) && run.every((t) => t.pid !== MAIN) ? run : undefined;
}

const check: Check = (report) => {
  const runs = phases(tasksOf(report, 'square')).filter((run) => fiveSquares(run));
  const pool2 = runs.find((run) => pidsOf(run).size === 2);
  const pool5 = runs.find((run) => run !== pool2 && pidsOf(run).size >= 3);
  const pool2End = pool2 ? extent(pool2).end : Infinity;
  const results = findLine(report, /^Results: \[1, 4, 9, 16, 25\]$/, MAIN);
  const sequential = findLine(report, /^Sequential results: \[1, 4, 9, 16, 25\]$/, MAIN);
  // The sequential part: the main process itself prints Processing 1... to 5..., in order.
  const mainProcessing = findLines(report, /^Processing \d+\.\.\.$/, MAIN).map((l) => l.text);
  const inOrder = numbers.map((x) => `Processing ${x}...`).join('|') === mainProcessing.join('|');
  const pool5Line = findLine(report, /^Pool\(5\) results: \[1, 4, 9, 16, 25\]$/, MAIN);
  return [
    verdict(
      'results',
      pool2 !== undefined && allAfter([results], pool2End),
      {
        en: 'Two workers ran square once for each number, and the main process printed the results they returned: [1, 4, 9, 16, 25].',
        ja: '2 つのワーカーが各数について square を 1 回ずつ実行し、メインプロセスは返ってきた結果 [1, 4, 9, 16, 25] を表示しました。',
      },
      {
        en: `Keep the lab's Pool(2) map of square over [1, 2, 3, 4, 5] and print "Results: [1, 4, 9, 16, 25]" after it. The square tasks found: ${showTasks(tasksOf(report, 'square'))}.`,
        ja: `ラボの Pool(2) による [1, 2, 3, 4, 5] への square の map を残し、その後に "Results: [1, 4, 9, 16, 25]" を表示しましょう。見つかった square のタスク: ${showTasks(tasksOf(report, 'square'))}。`,
      },
    ),
    verdict(
      'pool2-beats-sequential',
      pool2 !== undefined &&
        maxOverlap(pool2) === 2 &&
        busiest(pool2) === 3 &&
        inOrder &&
        sequential !== undefined,
      {
        en: 'Pool(2) ran two tasks at a time, so its busiest worker ran 3 of the 5: three rounds, against five one after another in the sequential part.',
        ja: 'Pool(2) はタスクを 2 つずつ実行したので、いちばん忙しいワーカーが 5 つのうち 3 つを受け持ちました。3 ラウンドです。シーケンシャル処理では 5 つを 1 つずつ実行しました。',
      },
      {
        en: "Keep the lab's Pool(2) run and the sequential part after it, in which the main process squares 1 to 5 itself, in order. The pool's five tasks should run two at a time, so that no worker runs more than three.",
        ja: 'ラボの Pool(2) の実行と、その後のシーケンシャル処理（メインプロセスが自分で 1〜5 を順番に 2 乗する部分）は残しましょう。プールの 5 つのタスクは 2 つずつ実行され、どのワーカーも 3 つより多くは受け持たないはずです。',
      },
    ),
    verdict(
      'pool5',
      pool5 !== undefined && children(report).length >= 7 && allAfter([pool5Line], extent(pool5).end),
      {
        en: 'A second pool, of 5 workers, squared the five numbers too and returned [1, 4, 9, 16, 25].',
        ja: 'ワーカー 5 つの 2 つ目のプールでも 5 つの数を 2 乗し、[1, 4, 9, 16, 25] が返ってきました。',
      },
      {
        en: 'No Pool(5) run found: after the sequential part, map square over the same numbers with `new Pool(5)` and print "Pool(5) results: [1, 4, 9, 16, 25]".',
        ja: 'Pool(5) の実行が見つかりません。シーケンシャル処理の後で、`new Pool(5)` を使って同じ数に square を map し、"Pool(5) results: [1, 4, 9, 16, 25]" を表示しましょう。',
      },
    ),
    verdict(
      'pool5-one-round',
      pool5 !== undefined && busiest(pool5) === 1,
      {
        en: 'In Pool(5) every worker ran one task: one round, where Pool(2) needed three.',
        ja: 'Pool(5) ではどのワーカーもタスクを 1 つずつ実行しました。Pool(2) では 3 ラウンドかかったところが、1 ラウンドです。',
      },
      {
        en: 'The Pool(5) run did not give each worker one task: with five workers and five tasks, each worker should take one, and all five sleep at the same time.',
        ja: 'Pool(5) の実行で、各ワーカーがタスクを 1 つずつ受け持っていません。ワーカー 5 つとタスク 5 つなら、各ワーカーが 1 つずつ受け持ち、5 つが同時にスリープするはずです。',
      },
    ),
  ];
};

export default check;
