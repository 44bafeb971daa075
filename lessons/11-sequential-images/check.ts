import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, children, findLine, findLines, written } from '../check-helpers';

const kinds = ['blur', 'edges', 'emboss', 'sharpen', 'contour'];
const images = [1, 2, 3, 4, 5].map((n) => `sample_${n}.png`);

const check: Check = (report) => {
  const files = written(report);
  const expected = images.flatMap((image) => kinds.map((k) => `processed_sequential/${k}_${image}`));
  const missing = expected.filter((f) => !files.has(f));
  const missingKinds = kinds.filter((k) => missing.some((f) => f.startsWith(`processed_sequential/${k}_`)));
  const completed = new Set(
    findLines(report, /^Completed processing sample_\d\.png in \d+\.\d\d seconds$/, MAIN).map(
      (l) => l.text.split(' ')[2],
    ),
  );
  const inMain =
    children(report).length === 0 &&
    report.tasks.length === 0 &&
    images.every((image) => completed.has(image)) &&
    findLine(report, /^Total processing time: \d+\.\d\d seconds$/, MAIN) !== undefined;
  return [
    verdict(
      'sequential',
      inMain,
      {
        en: 'Every image was processed in the main process, one after the other: the baseline for the next lessons.',
        ja: 'すべての画像がメインプロセスで 1 枚ずつ順番に処理されました。次のレッスンの比較の基準になります。',
      },
      {
        en: 'This lesson is the sequential baseline: call applyFilters for each image in the main process, without a Pool or Process, and keep its "Completed processing …" lines and the "Total processing time" line.',
        ja: 'このレッスンは逐次処理の基準です。Pool や Process を使わずに、メインプロセスで画像ごとに applyFilters を呼び、"Completed processing …" の行と "Total processing time" の行は残しましょう。',
      },
    ),
    verdict(
      'outputs',
      missing.length === 0,
      {
        en: 'All 25 outputs were saved in processed_sequential/, contour included.',
        ja: 'contour を含む 25 個の出力がすべて processed_sequential/ に保存されました。',
      },
      {
        en: `${missing.length} outputs are missing, of kind: ${missingKinds.join(', ')}. Save processed_sequential/<kind>_sample_<n>.png for blur, edges, emboss, sharpen and contour (ImageFilter.CONTOUR).`,
        ja: `次の種類の出力が ${missing.length} 個足りません：${missingKinds.join('、')}。blur、edges、emboss、sharpen、contour（ImageFilter.CONTOUR）について processed_sequential/<種類>_sample_<n>.png を保存しましょう。`,
      },
    ),
  ];
};

export default check;
