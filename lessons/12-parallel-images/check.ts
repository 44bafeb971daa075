import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import {
  MAIN,
  callsOf,
  findLine,
  findLines,
  listOf,
  maxOverlap,
  numberAfter,
  pidsOf,
  sameValue,
  written,
} from '../check-helpers';

const kinds = ['blur', 'edges', 'emboss', 'sharpen'];
const images = [1, 2, 3, 4, 5].map((n) => `sample_${n}.png`);
const outputDir = 'processed_parallel';

const check: Check = (report) => {
  const files = written(report);
  const missing = images
    .flatMap((image) => kinds.map((k) => `${outputDir}/${k}_${image}`))
    .filter((f) => !files.has(f));
  const calls = callsOf(report, 'applyFilters').filter((t) => t.pid > MAIN);
  // What travelled: one [imagePath, outputDir] pair per task, and [imageName, seconds] back.
  const packed = images.filter((image) =>
    calls.some((t) => {
      const result = listOf(t.result);
      return (
        sameValue(t.args, [[`sample_images/${image}`, outputDir]]) &&
        result !== null &&
        result[0] === image &&
        typeof result[1] === 'number'
      );
    }),
  );
  const workers = numberAfter(findLine(report, /^Using \d+ processes/, MAIN)?.text, 'Using') ?? 1;
  // Each "Done:" line must report a result the main process already had: the task that
  // returned that name and time had ended before the line was printed.
  const done = findLines(report, /^Done: \S+ in \d+\.\d\d seconds$/, MAIN);
  const reported = done.filter((line) => {
    const [, name, , seconds] = line.text.split(' ');
    return calls.some((t) => {
      const result = listOf(t.result);
      const time = result?.[1];
      return (
        result?.[0] === name && typeof time === 'number' && time.toFixed(2) === seconds && t.end <= line.t
      );
    });
  });
  const lastEnd = Math.max(0, ...calls.map((t) => t.end));
  const names = new Set(reported.map((l) => l.text.split(' ')[1]));
  const streamed = reported.length === 5 && names.size === 5 && (reported[0]?.t ?? Infinity) < lastEnd;
  return [
    verdict(
      'pairs',
      packed.length === 5,
      {
        en: 'Each applyFilters task got one [imagePath, outputDir] pair and returned its [imageName, seconds].',
        ja: 'applyFilters の各タスクは [imagePath, outputDir] の組を 1 つ受け取り、[imageName, 秒数] を返しました。',
      },
      {
        en: `Expected one applyFilters task per image in pool workers, each given one pair like ['sample_images/sample_1.png', '${outputDir}'] and returning ['sample_1.png', seconds]; found that for ${packed.length} of the 5 images. Pack [imagePath, outputDir] for each image, map applyFilters over the pairs, and unpack the pair in applyFilters.`,
        ja: `プールのワーカーで画像ごとに applyFilters のタスクが 1 つ、['sample_images/sample_1.png', '${outputDir}'] のような組を 1 つ受け取って ['sample_1.png', 秒数] を返すはずですが、そうなっていたのは 5 枚のうち ${packed.length} 枚でした。画像ごとに [imagePath, outputDir] をまとめ、その組に applyFilters を map し、applyFilters の中で組をほどきましょう。`,
      },
    ),
    verdict(
      'outputs',
      missing.length === 0,
      {
        en: `All 20 outputs were written to ${outputDir}/.`,
        ja: `20 個の出力がすべて ${outputDir}/ に書き込まれました。`,
      },
      {
        en: `${missing.length} outputs are missing, e.g. ${missing[0] ?? ''}: keep the four saves in applyFilters, into the outputDir of the pair.`,
        ja: `出力が ${missing.length} 個足りません（例：${missing[0] ?? ''}）。applyFilters の 4 つの保存処理は、組の outputDir に向けて残しましょう。`,
      },
    ),
    verdict(
      'parallel',
      calls.length === 5 && (workers < 2 || (pidsOf(calls).size >= 2 && maxOverlap(calls) >= 2)),
      {
        en: 'The five tasks ran in the pool, several at the same time.',
        ja: '5 つのタスクがプールで、同時に複数実行されました。',
      },
      {
        en: `Expected five applyFilters tasks running at least two at a time, found ${calls.length}: keep the Pool of numProcesses workers.`,
        ja: `applyFilters の 5 つのタスクが少なくとも 2 つ同時に実行されるはずですが、${calls.length} 個でした。numProcesses 個のワーカーを持つ Pool は残しましょう。`,
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
          reported.length === 5
            ? 'The "Done:" lines only came after every image was finished: iterate over pool.imapUnordered(applyFilters, taskArgs) with for await instead of awaiting map.'
            : `Expected five "Done: sample_N.png in … seconds" lines from the main process, each printed after its task returned that name and time; found ${reported.length}. Use for await (const [imageName, procTime] of pool.imapUnordered(applyFilters, taskArgs)).`,
        ja:
          reported.length === 5
            ? '"Done:" の行が、すべての画像が終わった後にしか表示されていません。map を await する代わりに、for await で pool.imapUnordered(applyFilters, taskArgs) を回しましょう。'
            : `メインプロセスから "Done: sample_N.png in … seconds" が 5 行、それぞれのタスクがその名前と時間を返した後に表示されるはずですが、${reported.length} 行でした。for await (const [imageName, procTime] of pool.imapUnordered(applyFilters, taskArgs)) を使いましょう。`,
      },
    ),
  ];
};

export default check;
