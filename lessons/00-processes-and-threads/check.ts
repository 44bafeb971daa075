import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import {
  MAIN,
  allAfter,
  extent,
  findLine,
  maxOverlap,
  numberAfter,
  pidsOf,
  showTasks,
  tasksMaking,
  tasksOf,
} from '../check-helpers';

const limit = 1_000_000;
const primesBelow = 78498;
const counts = `[${Array(4).fill(primesBelow).join(', ')}]`;

/** The seconds a line reports at its end ("… in 1.23 seconds"), or null. */
function seconds(text: string | undefined): number | null {
  return numberAfter(text, / in /);
}

const check: Check = (report) => {
  const cores = numberAfter(findLine(report, /^System has \d+ CPU cores$/, MAIN)?.text, 'System has') ?? 1;
  const sequential = findLine(report, new RegExp(`^Sequential: \\${counts} in `), MAIN);
  const concurrent = findLine(report, new RegExp(`^4 async tasks: \\${counts} in `), MAIN);
  const asyncSeconds = seconds(concurrent?.text);
  const all = tasksOf(report, 'countPrimes');
  const pool = tasksMaking(
    all.filter((t) => t.pid !== MAIN),
    Array.from({ length: 4 }, () => ({ args: [limit], result: primesBelow })),
  );
  const poolLine = findLine(report, new RegExp(`^Pool of 2 workers: \\${counts} in `), MAIN);
  const poolLength = pool ? extent(pool).length : Infinity;
  return [
    verdict(
      'one-thread',
      sequential !== undefined && asyncSeconds !== null,
      {
        en: "The loop and the four async tasks counted the same primes on the main process's one thread: compare their times in the console.",
        ja: 'ループと 4 つの非同期タスクは、メインプロセスの 1 本のスレッドで同じ数の素数を数えました。コンソールで 2 つの時間を比べてみましょう。',
      },
      {
        en: `Keep the starter's first two measurements: countPrimes(${limit}) four times in a loop, then as four async tasks, each printing ${counts} and its time.`,
        ja: `スターターの最初の 2 つの計測は残しましょう。countPrimes(${limit}) をループで 4 回、次に 4 つの非同期タスクとして実行し、それぞれ ${counts} と時間を表示します。`,
      },
    ),
    verdict(
      'pool-tasks',
      pool !== null &&
        pidsOf(pool).size === 2 &&
        maxOverlap(pool) === 2 &&
        allAfter([poolLine], extent(pool).end),
      {
        en: `Two worker processes ran countPrimes(${limit}) four times, two at a time, and the main process printed the counts they returned.`,
        ja: `2 つのワーカープロセスが countPrimes(${limit}) を 2 つずつ同時に 4 回実行し、メインプロセスは返ってきた数を表示しました。`,
      },
      {
        en: `Expected four countPrimes(${limit}) tasks on two workers of a pool, running two at a time, and then "Pool of 2 workers: ${counts} in … seconds" from the main process: new Pool(2) and pool.map(countPrimes, limits). The tasks found: ${showTasks(all)}.`,
        ja: `プールの 2 つのワーカーで countPrimes(${limit}) のタスクが 4 つ、2 つずつ同時に実行され、その後メインプロセスが "Pool of 2 workers: ${counts} in … seconds" を表示するはずです。new Pool(2) と pool.map(countPrimes, limits) を使いましょう。見つかったタスク: ${showTasks(all)}。`,
      },
    ),
    verdict(
      'workers-faster',
      cores < 2 || (asyncSeconds !== null && pool !== null && poolLength <= 0.75 * asyncSeconds),
      {
        en:
          cores < 2
            ? 'This browser offers one core, so two workers cannot be faster here; on two or more cores they are.'
            : 'The two workers counted in about half the time of the async tasks: two cores really worked at once.',
        ja:
          cores < 2
            ? 'このブラウザが使えるコアは 1 つなので、ここではワーカー 2 つでも速くなりません。コアが 2 つ以上あれば速くなります。'
            : '2 つのワーカーは、非同期タスクの約半分の時間で数え終えました。2 つのコアが本当に同時に働きました。',
      },
      {
        en: "The pool's four tasks should take at most 3/4 of the async tasks' time on the timeline (ideally half). If the machine is busy with other programs, run again.",
        ja: 'プールの 4 つのタスクは、タイムライン上で非同期タスクの時間の 3/4 以下（理想的には半分）で終わるはずです。マシンがほかのプログラムで忙しいときは、もう一度実行してみましょう。',
      },
    ),
  ];
};

export default check;
