import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, findLine, listIn, maxOverlap, sameNumbers, tasksOf } from '../check-helpers';

const check: Check = (report) => {
  const labResults = listIn(findLine(report, /^Results:/, MAIN)?.text);
  const totalsLine = findLine(report, /^Order totals:/, MAIN);
  const totals = listIn(totalsLine?.text);
  const received = [1, 2, 3, 4, 5, 6].every((id) =>
    report.output.some(
      (l) =>
        l.pid !== MAIN &&
        new RegExp(
          `^Processing item ${id}: ${[3, 6, 9, 12, 15, 18][id - 1]} with multiplier ${[2, 2, 3, 3, 4, 4][id - 1]}$`,
        ).test(l.text),
    ),
  );
  const tasks = tasksOf(report, 'processData');
  return [
    verdict(
      'lab-results',
      sameNumbers(labResults, [10, 30, 30, 80, 125]) && maxOverlap(tasks) >= 2,
      {
        en: "The lab's starmap returned [10, 30, 30, 80, 125], with tasks running in parallel.",
        ja: 'ラボの starmap は [10, 30, 30, 80, 125] を返し、タスクは並列に実行されました。',
      },
      {
        en: 'Keep the lab\'s part: starmap processData over its five argument lists in a Pool(3) and print "Results: [10, 30, 30, 80, 125]".',
        ja: 'ラボの部分は残しましょう。Pool(3) で 5 つの引数リストに processData を starmap し、"Results: [10, 30, 30, 80, 125]" を表示します。',
      },
    ),
    verdict(
      'arguments-arrived',
      received,
      {
        en: 'Each worker received three separate arguments: item id, value and multiplier.',
        ja: '各ワーカーは 3 つの別々の引数（項目 ID、値、乗数）を受け取りました。',
      },
      {
        en: 'The workers did not print "Processing item 1: 3 with multiplier 2" … "Processing item 6: 18 with multiplier 4": build [id, value, multiplier] lists (ids 1–6) and use starmap, which spreads each list into the arguments (map would pass the whole list as one argument).',
        ja: 'ワーカーが "Processing item 1: 3 with multiplier 2" 〜 "Processing item 6: 18 with multiplier 4" を表示していません。[id, value, multiplier] のリスト（ID は 1〜6）を作り、starmap を使いましょう。starmap はリストを展開して引数にします（map だとリスト全体が 1 つの引数になります）。',
      },
    ),
    verdict(
      'order-totals',
      sameNumbers(totals, [6, 12, 27, 36, 60, 72]) && tasks.length >= 11,
      {
        en: 'Order totals: [6, 12, 27, 36, 60, 72], computed by the pool, in input order.',
        ja: 'Order totals: [6, 12, 27, 36, 60, 72]。プールが計算し、入力と同じ順番です。',
      },
      {
        en: `Expected the main process to print "Order totals: [6, 12, 27, 36, 60, 72]" from a second starmap${totalsLine ? `, got "${totalsLine.text}"` : ''}.`,
        ja: `2 回目の starmap の結果として、メインプロセスが "Order totals: [6, 12, 27, 36, 60, 72]" を表示するはずです${totalsLine ? `（実際は "${totalsLine.text}"）` : ''}。`,
      },
    ),
  ];
};

export default check;
