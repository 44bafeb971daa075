import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, findLine, listIn, sameNumbers, tasksOf } from '../check-helpers';

const check: Check = (report) => {
  const lab = listIn(findLine(report, /^Results:/, MAIN)?.text);
  const big = listIn(findLine(report, /^Big results:/, MAIN)?.text);
  const tasks = tasksOf(report, 'processWithConfig').filter((t) => t.ok);
  const bigInWorkers = [1, 2, 3, 4, 5].every((d) =>
    report.output.some((l) => l.pid !== MAIN && l.text === `Processing ${d} with config_a=100, config_b=1`),
  );
  return [
    verdict(
      'lab-results',
      sameNumbers(lab, [15, 25, 35, 45, 55]),
      {
        en: 'partial(processWithConfig, _, 10, 5) gave [15, 25, 35, 45, 55].',
        ja: 'partial(processWithConfig, _, 10, 5) の結果は [15, 25, 35, 45, 55] でした。',
      },
      {
        en: 'Keep the lab\'s part: map partial(processWithConfig, _, 10, 5) and print "Results: [15, 25, 35, 45, 55]".',
        ja: 'ラボの部分は残しましょう。partial(processWithConfig, _, 10, 5) を map して "Results: [15, 25, 35, 45, 55]" を表示します。',
      },
    ),
    verdict(
      'big-results',
      sameNumbers(big, [101, 201, 301, 401, 501]),
      {
        en: 'The second configuration gave Big results: [101, 201, 301, 401, 501].',
        ja: '2 つ目の設定で Big results: [101, 201, 301, 401, 501] になりました。',
      },
      {
        en: 'No "Big results: [101, 201, 301, 401, 501]" yet: the arrow cannot travel to a worker. Use partial(processWithConfig, _, 100, 1) instead.',
        ja: '"Big results: [101, 201, 301, 401, 501]" がまだ表示されていません。アロー関数はワーカーに送れません。代わりに partial(processWithConfig, _, 100, 1) を使いましょう。',
      },
    ),
    verdict(
      'in-workers',
      bigInWorkers && tasks.length >= 10,
      {
        en: "Both configurations ran in the pool's workers: 10 processWithConfig tasks on the timeline.",
        ja: 'どちらの設定もプールのワーカーで実行されました。タイムラインに processWithConfig のタスクが 10 個あります。',
      },
      {
        en: 'The second configuration must run in the workers ("Processing d with config_a=100, config_b=1" printed by pool workers), not in the main process: send a partial to pool.map.',
        ja: '2 つ目の設定は、メインプロセスではなくワーカーで実行する必要があります（"Processing d with config_a=100, config_b=1" をプールのワーカーが表示する）。pool.map に partial を渡しましょう。',
      },
    ),
  ];
};

export default check;
