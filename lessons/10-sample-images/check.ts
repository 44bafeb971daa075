import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, findLine, maxOverlap, pidsOf, tasksOf, written } from '../check-helpers';

const expected = [1, 2, 3, 4, 5].map((n) => `sample_images/sample_${n}.png`);

const check: Check = (report) => {
  const files = written(report);
  const missing = expected.filter((f) => !files.has(f));
  const tasks = tasksOf(report, 'createImage').filter((t) => t.ok);
  const done = findLine(report, /^All sample images created successfully$/, MAIN);
  const lastEnd = Math.max(0, ...tasks.map((t) => t.end));
  return [
    verdict(
      'files',
      missing.length === 0,
      {
        en: 'sample_images/sample_1.png … sample_5.png were written.',
        ja: 'sample_images/sample_1.png 〜 sample_5.png が書き込まれました。',
      },
      {
        en: `Missing: ${missing.join(', ')}. Save each image as sample_images/sample_<n>.png.`,
        ja: `次のファイルがありません：${missing.join('、')}。各画像を sample_images/sample_<n>.png として保存しましょう。`,
      },
    ),
    verdict(
      'parallel',
      tasks.length >= 5 && pidsOf(tasks).size >= 2 && maxOverlap(tasks) >= 2,
      {
        en: 'A Pool created the images: five createImage tasks, several at a time.',
        ja: 'プールが画像を作りました。createImage のタスク 5 つが、同時に複数実行されました。',
      },
      {
        en: `Expected five createImage tasks on at least two workers at once, found ${tasks.length}: export async function createImage(n) and pool.map it over [1, 2, 3, 4, 5].`,
        ja: `少なくとも 2 つのワーカーで同時に createImage のタスクが 5 つ実行されるはずですが、${tasks.length} 個でした。export async function createImage(n) を書き、[1, 2, 3, 4, 5] に pool.map しましょう。`,
      },
    ),
    verdict(
      'waited',
      done !== undefined && done.t >= lastEnd,
      {
        en: '"All sample images created successfully" came after every image was saved.',
        ja: '"All sample images created successfully" はすべての画像を保存した後に表示されました。',
      },
      {
        en: 'Print "All sample images created successfully" from the main process after awaiting the map.',
        ja: 'map を await した後で、メインプロセスから "All sample images created successfully" を表示しましょう。',
      },
    ),
  ];
};

export default check;
