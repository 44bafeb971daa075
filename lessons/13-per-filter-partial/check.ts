import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, children, findLine, tasksOf, written } from '../check-helpers';

const slugs = ['blur', 'edges', 'emboss', 'sharpen', 'contour', 'detail', 'smooth', 'smoothmore'];

const check: Check = (report) => {
  const files = written(report);
  const missing = [1, 2, 3, 4, 5]
    .flatMap((n) => slugs.map((s) => `advanced_processed/sample_${n}_${s}.png`))
    .filter((f) => !files.has(f));
  const tasks = tasksOf(report, 'applyFilter').filter((t) => t.ok);
  const workers = children(report).filter((p) => p.ppid === MAIN);
  const firstTaskEnd = Math.min(...tasks.map((t) => t.end));
  const lateWorkers = workers.filter((p) => p.start > firstTaskEnd);
  return [
    verdict(
      'outputs',
      missing.length === 0 && findLine(report, /^Total operations: 40$/, MAIN) !== undefined,
      {
        en: 'All 40 filtered images were written (5 images × 8 filters).',
        ja: 'フィルター済みの画像 40 枚（5 枚 × 8 フィルター）がすべて書き込まれました。',
      },
      {
        en: `${missing.length} outputs are missing (e.g. ${missing[0] ?? '—'}), or "Total operations: 40" was not printed.`,
        ja: `出力が ${missing.length} 個足りない（例：${missing[0] ?? '—'}）か、"Total operations: 40" が表示されていません。`,
      },
    ),
    verdict(
      'tasks',
      tasks.length === 40,
      {
        en: 'The pool ran 40 applyFilter tasks, one per image and filter.',
        ja: 'プールは applyFilter のタスクを、画像とフィルターの組ごとに 1 つ、計 40 個実行しました。',
      },
      {
        en: `Expected 40 applyFilter tasks in pool workers, found ${tasks.length}: map partial(applyFilter, imagePath, _, outputDir) over the eight filter names for each image.`,
        ja: `プールのワーカーで applyFilter のタスクが 40 個実行されるはずですが、${tasks.length} 個でした。各画像について partial(applyFilter, imagePath, _, outputDir) を 8 つのフィルター名に map しましょう。`,
      },
    ),
    verdict(
      'one-pool',
      tasks.length > 0 && workers.length > 0 && lateWorkers.length === 0,
      {
        en: `One pool served every image: its ${workers.length} workers all started before the first task finished.`,
        ja: `1 つのプールがすべての画像を処理しました。${workers.length} 個のワーカーはすべて、最初のタスクが終わる前に起動していました。`,
      },
      {
        en: `${lateWorkers.length} of ${workers.length} worker processes started after work had begun: a new pool per image starts new workers each time. Create one Pool in main() and pass it to processImageWithMultipleFilters.`,
        ja: `${workers.length} 個のワーカープロセスのうち ${lateWorkers.length} 個が、処理が始まった後に起動しました。画像ごとに新しいプールを作ると、そのたびにワーカーが起動します。main() でプールを 1 つ作り、processImageWithMultipleFilters に渡しましょう。`,
      },
    ),
  ];
};

export default check;
