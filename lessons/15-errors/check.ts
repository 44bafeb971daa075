import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, errorName, findLine, listIn, sameNumbers, tasksOf } from '../check-helpers';

const inputs = [1, 2, 3, 4, 5, 6];

const check: Check = (report) => {
  const risky = tasksOf(report, 'risky');
  // The map's error really came from a worker: a risky task failed with BadInput, and the main
  // process printed it after that.
  const thrown = risky.filter((t) => !t.ok && errorName(t.error) === 'BadInput');
  const mapFailed = findLine(report, /^map failed: BadInput: \d+ is a multiple of 3$/, MAIN);
  const classKept = mapFailed !== undefined && thrown.some((t) => t.end <= mapFailed.t);

  // The exercise: one task per input after "The pool still works", and the two lines printed
  // from what those tasks returned or threw, after they ended.
  const stillWorks = findLine(report, /^The pool still works/, MAIN);
  const squaresLine = findLine(report, /^Squares:/, MAIN);
  const failedLine = findLine(report, /^Failed inputs:/, MAIN);
  const batch = risky.filter(
    (t) =>
      stillWorks !== undefined &&
      t.start > stillWorks.t &&
      (squaresLine === undefined || t.start < squaresLine.t),
  );
  const taskOf = (x: number) => batch.filter((t) => t.args?.length === 1 && t.args[0] === x);
  const each = inputs.map(taskOf);
  const oneEach = each.every((tasks) => tasks.length === 1);
  const lastEnd = Math.max(0, ...batch.map((t) => t.end));
  const returned = each.flatMap((tasks) => {
    const t = tasks[0];
    return t?.ok && typeof t.result === 'number' ? [t.result] : [];
  });
  const threw = inputs.filter((_x, i) => {
    const t = each[i]?.[0];
    return t !== undefined && !t.ok && errorName(t.error) === 'BadInput';
  });
  const afterBatch = (line: { t: number } | undefined) => line !== undefined && line.t >= lastEnd;
  return [
    verdict(
      'no-uncaught-error',
      report.status === 'ok',
      {
        en: 'Every failure was caught: the program ended normally.',
        ja: 'すべての失敗が捕捉され、プログラムは正常に終了しました。',
      },
      {
        en: `The run ended with status "${report.status}"${report.error ? ` (${report.error.name}: ${report.error.message})` : ''}: catch the errors (try/catch around await, or errorCallback).`,
        ja: `実行は状態 "${report.status}" で終わりました${report.error ? `（${report.error.name}: ${report.error.message}）` : ''}。エラーを捕捉しましょう（await を try/catch で囲むか、errorCallback を使う）。`,
      },
    ),
    verdict(
      'class-kept',
      classKept,
      {
        en: 'A risky task threw BadInput in a worker, and the main process caught it as a BadInput.',
        ja: 'risky のタスクがワーカーで BadInput を投げ、メインプロセスはそれを BadInput として捕まえました。',
      },
      {
        en: 'Expected a risky task that failed with BadInput in a worker, then "map failed: BadInput: … is a multiple of 3" from the main process: keep part 1 of the program.',
        ja: 'ワーカーで BadInput で失敗した risky のタスクと、その後のメインプロセスからの "map failed: BadInput: … is a multiple of 3" があるはずです。プログラムのパート 1 は残しましょう。',
      },
    ),
    verdict(
      'squares',
      oneEach &&
        afterBatch(squaresLine) &&
        sameNumbers(listIn(squaresLine?.text), returned) &&
        returned.length === 4,
      {
        en: `Squares: [${returned.join(', ')}] — what the tasks that worked returned, in input order.`,
        ja: `Squares: [${returned.join(', ')}]。成功したタスクが返した値が、入力の順に並んでいます。`,
      },
      {
        en: oneEach
          ? 'Print "Squares: […]" after every task has ended, with what the successful tasks returned, in input order.'
          : 'After "The pool still works", submit each of the six inputs as a task of its own (pool.applyAsync(risky, [x])), then print "Squares: […]" with what the successful ones returned, in input order. map gives up at the first error.',
        ja: oneEach
          ? 'すべてのタスクが終わった後に、成功したタスクが返した値を入力の順に並べて "Squares: […]" と表示しましょう。'
          : '"The pool still works" の後で、6 つの入力をそれぞれ独立したタスクとして投入し（pool.applyAsync(risky, [x])）、成功したタスクが返した値を入力の順に並べて "Squares: […]" と表示しましょう。map は最初のエラーであきらめてしまいます。',
      },
    ),
    verdict(
      'failed-inputs',
      oneEach && afterBatch(failedLine) && sameNumbers(listIn(failedLine?.text), threw) && threw.length === 2,
      {
        en: `Failed inputs: [${threw.join(', ')}] — the inputs whose tasks threw, recorded, not lost.`,
        ja: `Failed inputs: [${threw.join(', ')}]。タスクが例外を投げた入力は、失われずに記録されました。`,
      },
      {
        en: 'Expected "Failed inputs: […]" with the inputs whose tasks threw, in input order: catch the error of each get() and record its input.',
        ja: 'タスクが例外を投げた入力を入力の順に並べた "Failed inputs: […]" が表示されるはずです。各 get() のエラーを捕捉して、その入力を記録しましょう。',
      },
    ),
  ];
};

export default check;
