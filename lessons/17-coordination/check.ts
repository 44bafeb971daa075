import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, callsOf, findLine, maxOverlap, numberAfter, pidsOf } from '../check-helpers';

const check: Check = (report) => {
  const tasks = callsOf(report, 'addMany').filter((t) => t.pid > MAIN);
  const times = tasks.map((t) => t.args[0]);
  const concurrent =
    tasks.length >= 2 &&
    times.every((n) => typeof n === 'number' && n > 0) &&
    pidsOf(tasks).size >= 2 &&
    maxOverlap(tasks) >= 2;
  // What the tasks did: each returned the value it wrote last. Under the lock, every addition
  // counts, so the last of them all is exactly the number of additions; a lost update makes
  // every one smaller. The printed count must be that value.
  const additions = times.reduce<number>((sum, n) => sum + (typeof n === 'number' ? n : 0), 0);
  const highest = Math.max(0, ...tasks.map((t) => (typeof t.result === 'number' ? t.result : 0)));
  const counterLine = findLine(report, /^Counter: \d+ \(expected \d+\)$/, MAIN);
  const count = numberAfter(counterLine?.text, 'Counter:');
  const lastEnd = Math.max(0, ...tasks.map((t) => t.end));
  const exact =
    tasks.length >= 2 &&
    highest === additions &&
    count === additions &&
    counterLine !== undefined &&
    counterLine.t >= lastEnd;
  return [
    verdict(
      'concurrent',
      concurrent,
      {
        en: `${tasks.length} addMany tasks ran in the pool at the same time.`,
        ja: `addMany の ${tasks.length} 個のタスクがプールで同時に実行されました。`,
      },
      {
        en: 'Expected the addMany tasks to run in the pool workers at the same time (pool.map(addMany, …) with four workers): running them one by one hides the race instead of fixing it.',
        ja: 'addMany のタスクはプールのワーカーで同時に実行されるはずです（4 つのワーカーで pool.map(addMany, …)）。1 つずつ実行すると、競合状態を直すのではなく隠すことになります。',
      },
    ),
    verdict(
      'exact-count',
      exact,
      {
        en: `No update was lost: the tasks' last write reached ${additions}, and the counter printed is that value.`,
        ja: `更新は 1 つも失われませんでした。タスクが最後に書いた値は ${additions} に達し、表示されたカウンターもその値です。`,
      },
      {
        en:
          highest < additions
            ? `The highest value any task wrote was ${highest}, not ${additions}: updates were lost. Hold counter.getLock() around the read, think() and the write.`
            : `Print "Counter: <value> (expected ${additions})" with the shared counter's value after the pool has finished.`,
        ja:
          highest < additions
            ? `タスクが書いた値の最大は ${highest} で、${additions} ではありません。更新が失われています。読み取り、think()、書き込みを counter.getLock() で囲みましょう。`
            : `プールが終わった後に、共有カウンターの値で "Counter: <値> (expected ${additions})" を表示しましょう。`,
      },
    ),
  ];
};

export default check;
