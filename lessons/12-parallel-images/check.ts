import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import {
  MAIN,
  findLine,
  findLines,
  maxOverlap,
  numberAfter,
  pidsOf,
  tasksOf,
  written,
} from '../check-helpers';

const kinds = ['blurred', 'edges', 'embossed', 'sharpened'];

const check: Check = (report) => {
  const files = written(report);
  const missing = [1, 2, 3, 4, 5]
    .flatMap((n) => kinds.map((k) => `processed_images/sample_${n}_${k}.png`))
    .filter((f) => !files.has(f));
  const workers = numberAfter(findLine(report, /^Using \d+ processes/, MAIN)?.text, 'Using') ?? 1;
  const tasks = tasksOf(report, 'processImage').filter((t) => t.ok);
  const done = findLines(report, /^Done: sample_\d+\.png in /, MAIN);
  const names = new Set(done.map((l) => l.text.split(' ')[1]));
  const lastTaskEnd = Math.max(0, ...tasks.map((t) => t.end));
  const streamed = done.length === 5 && names.size === 5 && (done[0]?.t ?? Infinity) < lastTaskEnd;
  return [
    verdict(
      'outputs',
      missing.length === 0,
      {
        en: 'All 20 outputs were written by the workers.',
        ja: '20 個の出力がすべてワーカーによって書き込まれました。',
      },
      {
        en: `${missing.length} outputs are missing, e.g. ${missing[0] ?? ''}: keep the four saves in processImage.`,
        ja: `出力が ${missing.length} 個足りません（例：${missing[0] ?? ''}）。processImage の 4 つの保存処理を残しましょう。`,
      },
    ),
    verdict(
      'parallel',
      tasks.length === 5 && (workers < 2 || (pidsOf(tasks).size >= 2 && maxOverlap(tasks) >= 2)),
      {
        en: 'Five processImage tasks ran in the pool, several at the same time.',
        ja: 'processImage の 5 つのタスクがプールで、同時に複数実行されました。',
      },
      {
        en: `Expected five processImage tasks running at least two at a time, found ${tasks.length}: send processImage to a Pool of cpuCount() workers.`,
        ja: `processImage の 5 つのタスクが少なくとも 2 つ同時に実行されるはずですが、${tasks.length} 個でした。cpuCount() 個のワーカーを持つ Pool に processImage を送りましょう。`,
      },
    ),
    verdict(
      'streamed',
      streamed,
      {
        en: 'Each image was reported as soon as it was done: the first "Done:" line came while other images were still being processed.',
        ja: '各画像は終わるとすぐに報告されました。最初の "Done:" の行は、ほかの画像がまだ処理中のうちに表示されました。',
      },
      {
        en:
          done.length === 5
            ? 'The "Done:" lines only came after every image was finished: iterate over pool.imapUnordered(processImage, imageFiles) with for await instead of awaiting map.'
            : `Expected five "Done: sample_N.png in … seconds" lines from the main process, found ${done.length}: use for await (const [name, seconds] of pool.imapUnordered(processImage, imageFiles)).`,
        ja:
          done.length === 5
            ? '"Done:" の行が、すべての画像が終わった後にしか表示されていません。map を await する代わりに、for await で pool.imapUnordered(processImage, imageFiles) を回しましょう。'
            : `メインプロセスから "Done: sample_N.png in … seconds" が 5 行表示されるはずですが、${done.length} 行でした。for await (const [name, seconds] of pool.imapUnordered(processImage, imageFiles)) を使いましょう。`,
      },
    ),
  ];
};

export default check;
