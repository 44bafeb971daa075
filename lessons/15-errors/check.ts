import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, findLine, listIn, sameNumbers, tasksOf } from '../check-helpers';

const check: Check = (report) => {
  const squares = listIn(findLine(report, /^Squares:/, MAIN)?.text);
  const failed = listIn(findLine(report, /^Failed inputs:/, MAIN)?.text);
  const risky = tasksOf(report, 'risky');
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
      findLine(report, /BadInput: \d+ is a multiple of 3/, MAIN) !== undefined && risky.some((t) => !t.ok),
      {
        en: 'A task threw BadInput in a worker, and the main process received it as a BadInput.',
        ja: 'ワーカーでタスクが BadInput を投げ、メインプロセスはそれを BadInput として受け取りました。',
      },
      {
        en: 'Expected a failed risky task and a "BadInput: … is a multiple of 3" line from the main process.',
        ja: '失敗した risky のタスクと、メインプロセスからの "BadInput: … is a multiple of 3" の行があるはずです。',
      },
    ),
    verdict(
      'squares',
      sameNumbers(squares, [1, 4, 16, 25]),
      {
        en: 'Squares: [1, 4, 16, 25] — every input that could be processed was.',
        ja: 'Squares: [1, 4, 16, 25]。処理できる入力はすべて処理されました。',
      },
      {
        en: 'Expected "Squares: [1, 4, 16, 25]": submit each input on its own (applyAsync), and keep the results of the ones that succeed, in input order. map gives up at the first error.',
        ja: '"Squares: [1, 4, 16, 25]" が表示されるはずです。入力を 1 つずつ（applyAsync で）投入し、成功したものの結果を入力の順に残しましょう。map は最初のエラーであきらめてしまいます。',
      },
    ),
    verdict(
      'failed-inputs',
      sameNumbers(failed, [3, 6]),
      {
        en: 'Failed inputs: [3, 6] — the failures were recorded, not lost.',
        ja: 'Failed inputs: [3, 6]。失敗は失われずに記録されました。',
      },
      {
        en: 'Expected "Failed inputs: [3, 6]": catch the error of each get() (or use errorCallback) and record the input.',
        ja: '"Failed inputs: [3, 6]" が表示されるはずです。各 get() のエラーを捕捉して（または errorCallback を使って）、その入力を記録しましょう。',
      },
    ),
  ];
};

export default check;
