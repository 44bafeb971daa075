import type { Check } from '../../src/lessons/types';
import type { TaskSpan, Value } from '../../src/sandbox/report';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, allAfter, extent, findText, showTasks, tasksMaking, tasksOf } from '../check-helpers';

const dataItems = [1, 2, 3, 4, 5];

/**
 * The five tasks that ran processWithConfig(d, config) for d = 1…5 in the workers, each
 * returning d * configA + configB, or null. A partial's task may be recorded with the item
 * alone ([d]) or with the bound settings too ([d, config]): either shows what reached the worker.
 */
function configured(tasks: TaskSpan[], config: { configA: number; configB: number }): TaskSpan[] | null {
  const calls = (withConfig: boolean) =>
    dataItems.map((d) => ({
      args: (withConfig ? [d, config] : [d]) as Value[],
      result: d * config.configA + config.configB,
    }));
  const found = tasksMaking(tasks, calls(true)) ?? tasksMaking(tasks, calls(false));
  return found && found.every((t) => t.pid !== MAIN) ? found : null;
}

const check: Check = (report) => {
  const tasks = tasksOf(report, 'processWithConfig');
  const lab = configured(tasks, { configA: 10, configB: 5 });
  const big = configured(tasks, { configA: 100, configB: 1 });
  const labLines = dataItems.map((d) =>
    report.output.find((l) => l.pid !== MAIN && l.text === `Processing ${d} with config_a=10, config_b=5`),
  );
  const results = findText(report, 'Results: [15, 25, 35, 45, 55]', MAIN);
  const bigResults = findText(report, 'Big results: [101, 201, 301, 401, 501]', MAIN);
  return [
    verdict(
      'lab-results',
      lab !== null && labLines.every((l) => l !== undefined) && allAfter([results], extent(lab).end),
      {
        en: 'The pool ran processWithConfig(d, { configA: 10, configB: 5 }) for d = 1…5, each worker printed the fixed settings, and the main process printed what came back: [15, 25, 35, 45, 55].',
        ja: 'プールは d = 1〜5 について processWithConfig(d, { configA: 10, configB: 5 }) を実行し、各ワーカーは固定された設定を表示し、メインプロセスは返ってきた [15, 25, 35, 45, 55] を表示しました。',
      },
      {
        en: `Keep the lab's part: map partial(processWithConfig, _, { configA: 10, configB: 5 }) over [1, 2, 3, 4, 5] in a Pool(3) and print "Results: [15, 25, 35, 45, 55]" after it. The tasks found: ${showTasks(tasks)}.`,
        ja: `ラボの部分は残しましょう。Pool(3) で [1, 2, 3, 4, 5] に partial(processWithConfig, _, { configA: 10, configB: 5 }) を map し、その後に "Results: [15, 25, 35, 45, 55]" を表示します。見つかったタスク: ${showTasks(tasks)}。`,
      },
    ),
    verdict(
      'big-results',
      big !== null && allAfter([bigResults], extent(big).end),
      {
        en: 'The second configuration ran in the workers too, fixed by partial: Big results: [101, 201, 301, 401, 501].',
        ja: '2 つ目の設定も partial で固定され、ワーカーで実行されました：Big results: [101, 201, 301, 401, 501]。',
      },
      {
        en: 'Expected five more tasks in the workers, processWithConfig(d, { configA: 100, configB: 1 }) for d = 1…5, and then "Big results: [101, 201, 301, 401, 501]" from the main process. An arrow cannot travel to a worker: use partial(processWithConfig, _, { configA: 100, configB: 1 }). Computing the numbers in the main process does not count.',
        ja: 'さらに 5 つのタスク（d = 1〜5 について processWithConfig(d, { configA: 100, configB: 1 })）がワーカーで実行され、その後メインプロセスが "Big results: [101, 201, 301, 401, 501]" を表示するはずです。アロー関数はワーカーに送れません。partial(processWithConfig, _, { configA: 100, configB: 1 }) を使いましょう。メインプロセスで計算しても合格しません。',
      },
    ),
  ];
};

export default check;
