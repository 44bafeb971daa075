import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, findLine, tasksOf } from '../check-helpers';

const check: Check = (report) => {
  const tasks = [...tasksOf(report, 'processTask')].sort((a, b) => a.start - b.start);
  const [t1, t2, t3, t4] = tasks;
  const applyInTurn = t1 !== undefined && t2 !== undefined && t2.start >= t1.end;
  const asyncOverlap =
    t3 !== undefined && t4 !== undefined && Math.min(t3.end, t4.end) - Math.max(t3.start, t4.start) > 0;
  const cb132 = findLine(report, /^Callback: 132$/, MAIN);
  const cb72 = findLine(report, /^Callback: 72$/, MAIN);
  const r3 = findLine(report, /^Result 3: 72$/, MAIN);
  const r4 = findLine(report, /^Result 4: 132$/, MAIN);
  return [
    verdict(
      'apply-blocks',
      applyInTurn &&
        findLine(report, /^Result 1: 6$/, MAIN) !== undefined &&
        findLine(report, /^Result 2: 30$/, MAIN) !== undefined,
      {
        en: 'apply ran tasks 1 and 2 one after the other (Result 1: 6, Result 2: 30).',
        ja: 'apply はタスク 1 と 2 を順番に実行しました（Result 1: 6、Result 2: 30）。',
      },
      {
        en: "Keep the lab's two apply calls: task 1 then task 2, printing Result 1: 6 and Result 2: 30.",
        ja: 'ラボの 2 回の apply 呼び出し（タスク 1、続いてタスク 2）を残し、Result 1: 6 と Result 2: 30 を表示しましょう。',
      },
    ),
    verdict(
      'async-overlap',
      asyncOverlap,
      {
        en: 'Tasks 3 and 4 ran at the same time in the background.',
        ja: 'タスク 3 と 4 はバックグラウンドで同時に実行されました。',
      },
      {
        en: 'Tasks 3 and 4 did not overlap: start both with applyAsync before awaiting either get().',
        ja: 'タスク 3 と 4 が重なっていません。どちらかの get() を await する前に、両方を applyAsync で開始しましょう。',
      },
    ),
    verdict(
      'callbacks',
      cb132 !== undefined && cb72 !== undefined && cb132.t <= cb72.t && (r3 === undefined || cb132.t <= r3.t),
      {
        en: 'The callbacks fired in completion order: Callback: 132 (task 4) before Callback: 72 (task 3).',
        ja: 'コールバックは終わった順に呼ばれました。Callback: 132（タスク 4）が Callback: 72（タスク 3）より先です。',
      },
      {
        en: 'Expected "Callback: 132" then "Callback: 72" from the main process, the first one before "Result 3": pass { callback: (result) => console.log(`Callback: ${result}`) } to both applyAsync calls.',
        ja: 'メインプロセスから "Callback: 132"、続いて "Callback: 72" が表示され、最初のものは "Result 3" より前に出るはずです。両方の applyAsync に { callback: (result) => console.log(`Callback: ${result}`) } を渡しましょう。',
      },
    ),
    verdict(
      'asked-order',
      r3 !== undefined && r4 !== undefined && r3.t <= r4.t,
      {
        en: 'get() still returned the results in the order asked: Result 3: 72, then Result 4: 132.',
        ja: 'get() は頼んだ順に結果を返しました。Result 3: 72、続いて Result 4: 132 です。',
      },
      {
        en: 'Print "Result 3: 72" and then "Result 4: 132" from the two get() calls.',
        ja: '2 回の get() の結果として "Result 3: 72"、続いて "Result 4: 132" を表示しましょう。',
      },
    ),
  ];
};

export default check;
