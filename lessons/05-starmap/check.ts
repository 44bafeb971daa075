import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import {
  MAIN,
  allAfter,
  extent,
  findLine,
  maxOverlap,
  showTasks,
  tasksMaking,
  tasksOf,
} from '../check-helpers';

// The lab's five tuples, and the exercise's six zipped lists, as calls with their results.
const labCalls = [
  [1, 5, 2],
  [2, 10, 3],
  [3, 15, 2],
  [4, 20, 4],
  [5, 25, 5],
].map(([id = 0, value = 0, multiplier = 0]) => ({
  args: [id, value, multiplier],
  result: value * multiplier,
}));
const values = [3, 6, 9, 12, 15, 18];
const multipliers = [2, 2, 3, 3, 4, 4];
const orderCalls = values.map((value, i) => ({
  args: [i + 1, value, multipliers[i] ?? 0],
  result: value * (multipliers[i] ?? 0),
}));

const check: Check = (report) => {
  const tasks = tasksOf(report, 'processData');
  const lab = tasksMaking(tasks, labCalls);
  const orders = tasksMaking(tasks, orderCalls);
  const labResults = findLine(report, /^Results: \[10, 30, 30, 80, 125\]$/, MAIN);
  const totals = findLine(report, /^Order totals: /, MAIN);
  return [
    verdict(
      'lab-results',
      lab !== null && maxOverlap(lab) >= 2 && allAfter([labResults], extent(lab).end),
      {
        en: "The lab's five argument lists each reached a worker as three arguments, the tasks ran in parallel, and the main process printed what they returned: [10, 30, 30, 80, 125].",
        ja: 'ラボの 5 つの引数リストは、それぞれ 3 つの引数としてワーカーに届き、タスクは並列に実行され、メインプロセスは返ってきた [10, 30, 30, 80, 125] を表示しました。',
      },
      {
        en: `Keep the lab's part: starmap processData over its five lists in a Pool(3) and print "Results: [10, 30, 30, 80, 125]" after it. The tasks found: ${showTasks(tasks)}.`,
        ja: `ラボの部分は残しましょう。Pool(3) で 5 つの引数リストに processData を starmap し、その後に "Results: [10, 30, 30, 80, 125]" を表示します。見つかったタスク: ${showTasks(tasks)}。`,
      },
    ),
    verdict(
      'arguments-arrived',
      orders !== null,
      {
        en: 'Each zipped list reached a worker as three separate arguments: id, value and multiplier.',
        ja: 'zip で作ったリストは、それぞれ 3 つの別々の引数（ID、値、乗数）としてワーカーに届きました。',
      },
      {
        en: `Expected six more tasks, processData(1, 3, 2) … processData(6, 18, 4): build the [id, value, multiplier] lists (ids 1–6) and use starmap, which spreads each list into the arguments (map would pass the whole list as one argument). The tasks found: ${showTasks(tasks)}.`,
        ja: `さらに 6 つのタスク processData(1, 3, 2) 〜 processData(6, 18, 4) があるはずです。[id, value, multiplier] のリスト（ID は 1〜6）を作り、starmap を使いましょう。starmap はリストを展開して引数にします（map だとリスト全体が 1 つの引数になります）。見つかったタスク: ${showTasks(tasks)}。`,
      },
    ),
    verdict(
      'order-totals',
      orders !== null &&
        totals?.text === 'Order totals: [6, 12, 27, 36, 60, 72]' &&
        allAfter([totals], extent(orders).end),
      {
        en: 'The main process printed the totals the pool returned, in input order: [6, 12, 27, 36, 60, 72].',
        ja: 'メインプロセスは、プールが返した合計を入力と同じ順番で表示しました：[6, 12, 27, 36, 60, 72]。',
      },
      {
        en: `Expected the main process to print "Order totals: [6, 12, 27, 36, 60, 72]" with the results of the second starmap${totals ? `; it printed "${totals.text}"` : ''}.`,
        ja: `メインプロセスが 2 回目の starmap の結果として "Order totals: [6, 12, 27, 36, 60, 72]" を表示するはずです${totals ? `（実際は "${totals.text}"）` : ''}。`,
      },
    ),
  ];
};

export default check;
