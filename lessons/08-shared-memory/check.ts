import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, findLine, listIn, numbersIn, pidsOf, sameNumbers, tasksOf } from '../check-helpers';

const size = 1_000_003;

const check: Check = (report) => {
  const tasks = tasksOf(report, 'processChunk').filter((t) => t.ok);
  const first5 = listIn(findLine(report, /^First 5 elements after processing:/, MAIN)?.text);
  const last3 = listIn(findLine(report, /^Last 3 elements after processing:/, MAIN)?.text);
  const allSquared = findLine(report, /^All squared: true$/, MAIN) !== undefined;
  const bounds = numbersIn(findLine(report, /^Results summary:/, MAIN)?.text);
  let contiguous = bounds.length >= 2 && bounds.length % 2 === 0 && bounds[0] === 0 && bounds.at(-1) === size;
  for (let i = 1; contiguous && i + 1 < bounds.length; i += 2) contiguous = bounds[i] === bounds[i + 1];
  return [
    verdict(
      'shared-in-place',
      sameNumbers(first5, [0, 1, 4, 9, 16]) && tasks.length >= 2 && pidsOf(tasks).size >= 2,
      {
        en: 'The workers squared the shared array in place: the main process reads [0, 1, 4, 9, 16] without any result being copied back.',
        ja: 'ワーカーが共有配列をその場で 2 乗しました。結果をコピーして戻さなくても、メインプロセスは [0, 1, 4, 9, 16] を読めます。',
      },
      {
        en: 'Expected processChunk tasks on several workers and "First 5 elements after processing: [0, 1, 4, 9, 16]" from the main process.',
        ja: '複数のワーカーで processChunk のタスクが動き、メインプロセスが "First 5 elements after processing: [0, 1, 4, 9, 16]" を表示するはずです。',
      },
    ),
    verdict(
      'covers-all',
      contiguous,
      {
        en: `The chunks cover 0 to ${size} with no gap and no overlap.`,
        ja: `チャンクは 0 から ${size} までを隙間なく、重なりなく覆っています。`,
      },
      {
        en: `The Results summary does not cover 0…${size} in contiguous chunks: use size = 1_000_003, round the chunk size up (Math.ceil) and end the last chunk at size.`,
        ja: `Results summary が 0〜${size} を連続したチャンクで覆っていません。size = 1_000_003 にして、チャンクサイズを切り上げ（Math.ceil）、最後のチャンクを size で終わらせましょう。`,
      },
    ),
    verdict(
      'remainder',
      sameNumbers(last3, [1000000000000, 1000002000001, 1000004000004]) && allSquared,
      {
        en: 'The last elements were squared too, and every element equals i².',
        ja: '最後の要素も 2 乗され、すべての要素が i² になっています。',
      },
      {
        en: 'With size 1_000_003 the last three elements should be [1000000000000, 1000002000001, 1000004000004] and "All squared: true". `Math.floor(size / 4)` chunks leave the last 3 elements untouched.',
        ja: 'size が 1_000_003 なら、最後の 3 要素は [1000000000000, 1000002000001, 1000004000004] で、"All squared: true" になるはずです。`Math.floor(size / 4)` のチャンクでは最後の 3 要素が処理されずに残ります。',
      },
    ),
  ];
};

export default check;
