import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, callsOf, children, findLine, sameValue, written } from '../check-helpers';

const numbers = [1, 2, 3, 4, 5];
const fileOf = (n: number) => `sample_images/sample_${n}.png`;

const check: Check = (report) => {
  const files = written(report);
  const missing = numbers.map(fileOf).filter((f) => !files.has(f));
  // Each image made by its own task, given its file name and its seed (and the default size).
  const calls = callsOf(report, 'createSampleImage');
  const made = numbers.filter((n) =>
    calls.some(
      (t) =>
        sameValue(t.args.slice(0, 2), [fileOf(n), n]) &&
        (t.args.length === 2 || sameValue(t.args.slice(2), [800, 600])),
    ),
  );
  const inPool = calls.filter((t) => t.pid > MAIN);
  // Whether the tasks overlapped depends on when the workers started (late on a busy machine):
  // the check asks for a pool that could run two at a time, not for a schedule.
  const poolWorkers = children(report).filter((p) => p.ppid === MAIN).length;
  const done = findLine(report, /^All sample images created successfully$/, MAIN);
  const lastEnd = Math.max(0, ...calls.map((t) => t.end));
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
      made.length === 5 && inPool.length === calls.length && poolWorkers >= 2,
      {
        en: `A Pool of ${poolWorkers} workers made the images: five createSampleImage tasks, each given its [filename, seed] pair.`,
        ja: `${poolWorkers} 個のワーカーを持つプールが画像を作りました。createSampleImage のタスク 5 つが、それぞれ [ファイル名, シード] の組を受け取りました。`,
      },
      {
        en: `Expected five createSampleImage tasks in the workers of a Pool of two or more, one per [filename, seed] pair; found ${calls.length} task(s) (${made.length} of the five pairs) and ${poolWorkers} worker(s). Use new Pool() and pool.starmap(createSampleImage, images) with images = [['sample_images/sample_1.png', 1], …].`,
        ja: `2 つ以上のワーカーを持つプールで、createSampleImage のタスクが [ファイル名, シード] の組ごとに 1 つ実行されるはずですが、タスクは ${calls.length} 個（5 組のうち ${made.length} 組）、ワーカーは ${poolWorkers} 個でした。images = [['sample_images/sample_1.png', 1], …] とし、new Pool() で pool.starmap(createSampleImage, images) を使いましょう。`,
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
        en: 'Print "All sample images created successfully" from the main process after awaiting the starmap.',
        ja: 'starmap を await した後で、メインプロセスから "All sample images created successfully" を表示しましょう。',
      },
    ),
  ];
};

export default check;
