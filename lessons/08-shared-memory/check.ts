import type { Check } from '../../src/lessons/types';
import type { TaskSpan } from '../../src/sandbox/report';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, allAfter, extent, findText, pidsOf, sameValue, showTasks } from '../check-helpers';

const ranges = [
  [0, 250000],
  [250000, 500000],
  [500000, 750000],
  [750000, 1000000],
];

/** The task that worked on `range`: its last two arguments are the range, and it returned it. */
function taskFor(tasks: readonly TaskSpan[], range: number[]): TaskSpan | undefined {
  return tasks.find((t) => t.ok && sameValue(t.args?.slice(-2), range) && sameValue(t.result, range));
}

const check: Check = (report) => {
  const chunks = ranges.map((range) => taskFor(report.tasks, range));
  const found = chunks.filter((t): t is TaskSpan => t !== undefined && t.pid !== MAIN);
  const last = extent(found).end;
  const after = findText(report, 'First 5 elements after processing: [0, 1, 4, 9, 16]', MAIN);
  const summary = findText(
    report,
    'Results summary: [[0, 250000], [250000, 500000], [500000, 750000], [750000, 1000000]]',
    MAIN,
  );
  const rangesOnly = found.length === 4 && found.every((t) => t.args?.length === 2);
  return [
    verdict(
      'squared-in-place',
      found.length === 4 && pidsOf(found).size >= 2 && allAfter([after, summary], last),
      {
        en: 'Four tasks on several workers squared their ranges, 0 to 1 000 000, in the shared array: the main process read [0, 1, 4, 9, 16] from it though no task returned a number.',
        ja: '複数のワーカーで 4 つのタスクが、共有配列の 0〜1 000 000 をそれぞれの範囲ごとに 2 乗しました。どのタスクも数を返していないのに、メインプロセスは共有配列から [0, 1, 4, 9, 16] を読めました。',
      },
      {
        en: `Expected four tasks, one per range [0, 250000] … [750000, 1000000], each returning its range, and then "First 5 elements after processing: [0, 1, 4, 9, 16]" and the Results summary from the main process. The tasks found: ${showTasks(report.tasks)}.`,
        ja: `範囲 [0, 250000] 〜 [750000, 1000000] ごとに 1 つ、自分の範囲を返すタスクが 4 つあり、その後メインプロセスが "First 5 elements after processing: [0, 1, 4, 9, 16]" と Results summary を表示するはずです。見つかったタスク: ${showTasks(report.tasks)}。`,
      },
    ),
    verdict(
      'through-initializer',
      rangesOnly,
      {
        en: "The array reached the workers through the pool's initializer: the tasks carried only [start, end], as CPython requires.",
        ja: '配列はプールの initializer でワーカーに届きました。CPython の求めるとおり、タスクが運んだのは [start, end] だけです。',
      },
      {
        en: "The tasks still carry the shared array in their arguments. Write it CPython's way: new Pool(numProcesses, { initializer: initWorker, initargs: [sharedArray] }), where initWorker keeps the array in a variable of the worker, and starmap a function of (startIdx, endIdx) over the ranges.",
        ja: 'タスクの引数にまだ共有配列が入っています。CPython のやり方で書きましょう。new Pool(numProcesses, { initializer: initWorker, initargs: [sharedArray] }) とし、initWorker は配列をワーカーの変数に入れておきます。そして (startIdx, endIdx) を受け取る関数を範囲のリストに starmap します。',
      },
    ),
  ];
};

export default check;
