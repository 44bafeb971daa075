import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, children, findLine, findLines, written } from '../check-helpers';

const kinds = ['blurred', 'edges', 'embossed', 'sharpened', 'contour'];

const check: Check = (report) => {
  const files = written(report);
  const expected = [1, 2, 3, 4, 5].flatMap((n) => kinds.map((k) => `processed_images/sample_${n}_${k}.png`));
  const missing = expected.filter((f) => !files.has(f));
  const missingKinds = kinds.filter((k) => missing.some((f) => f.endsWith(`_${k}.png`)));
  const order = findLines(report, /^Processing image: /, MAIN).map((l) =>
    l.text.replace('Processing image: ', ''),
  );
  const sorted = order.join(',') === [1, 2, 3, 4, 5].map((n) => `sample_${n}.png`).join(',');
  return [
    verdict(
      'sequential',
      children(report).length === 0 &&
        report.tasks.length === 0 &&
        findLine(report, /^Total processing time/, MAIN) !== undefined,
      {
        en: 'Everything ran in the main process, one image after the other: the baseline for the next lessons.',
        ja: 'すべてがメインプロセスで、1 枚ずつ順番に実行されました。次のレッスンの比較の基準になります。',
      },
      {
        en: 'This lesson is the sequential baseline: process the images in the main process, without a Pool or Process, and print "Total processing time".',
        ja: 'このレッスンは逐次処理の基準です。Pool や Process を使わずにメインプロセスで画像を処理し、"Total processing time" を表示しましょう。',
      },
    ),
    verdict(
      'sorted',
      sorted,
      {
        en: 'The images were processed in order: sample_1.png … sample_5.png.',
        ja: '画像は sample_1.png 〜 sample_5.png の順に処理されました。',
      },
      {
        en: `The images were processed in the order ${order.join(', ') || '(none)'}: sort the file names before the loop.`,
        ja: `画像が ${order.join('、') || '（なし）'} の順に処理されました。ループの前にファイル名を並べ替えましょう。`,
      },
    ),
    verdict(
      'outputs',
      missing.length === 0,
      {
        en: 'All 25 outputs were saved, contour included.',
        ja: 'contour を含む 25 個の出力がすべて保存されました。',
      },
      {
        en: `Missing outputs (${missing.length}) of kind: ${missingKinds.join(', ')}. Save processed_images/sample_<n>_<kind>.png for blurred, edges, embossed, sharpened and contour (ImageFilter.CONTOUR).`,
        ja: `次の種類の出力が ${missing.length} 個足りません：${missingKinds.join('、')}。blurred、edges、embossed、sharpened、contour（ImageFilter.CONTOUR）について processed_images/sample_<n>_<種類>.png を保存しましょう。`,
      },
    ),
  ];
};

export default check;
