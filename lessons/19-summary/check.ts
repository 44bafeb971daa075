import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, findLine, findLines, listIn, sameNumbers, tasksOf } from '../check-helpers';

const check: Check = (report) => {
  const areas = listIn(findLine(report, /^Areas:/, MAIN)?.text);
  const celsius = listIn(findLine(report, /^Celsius:/, MAIN)?.text);
  const arrived = findLines(report, /^Arrived: /, MAIN);
  const order = arrived.map((l) => l.text.slice('Arrived: '.length));
  const downloads = tasksOf(report, 'download').filter((t) => t.ok);
  const lastDownload = Math.max(0, ...downloads.map((t) => t.end));
  return [
    verdict(
      'job1-starmap',
      sameNumbers(areas, [12, 25, 14, 18]) && tasksOf(report, 'area').filter((t) => t.ok).length === 4,
      {
        en: 'Job 1: starmap spread each [width, height] into area — Areas: [12, 25, 14, 18].',
        ja: 'ジョブ 1：starmap が各 [width, height] を area の引数に展開しました。Areas: [12, 25, 14, 18]。',
      },
      {
        en: 'Job 1 should print "Areas: [12, 25, 14, 18]" from four area tasks in the pool. Each item has two arguments: which Pool method spreads a list into the arguments?',
        ja: 'ジョブ 1 はプールで area のタスクを 4 つ実行し、"Areas: [12, 25, 14, 18]" を表示するはずです。各項目に引数が 2 つあります。リストを展開して引数にするのは、Pool のどのメソッドでしょう。',
      },
    ),
    verdict(
      'job2-partial',
      sameNumbers(celsius, [0, 100, 37, 10]) && tasksOf(report, 'toCelsius').filter((t) => t.ok).length === 4,
      {
        en: 'Job 2: a partial fixed the digits — Celsius: [0, 100, 37, 10].',
        ja: 'ジョブ 2：partial が桁数を固定しました。Celsius: [0, 100, 37, 10]。',
      },
      {
        en: 'Job 2 should print "Celsius: [0, 100, 37, 10]" from four toCelsius tasks in the pool. The digits are the same for every value: fix them once with partial(toCelsius, _, 1) and map.',
        ja: 'ジョブ 2 はプールで toCelsius のタスクを 4 つ実行し、"Celsius: [0, 100, 37, 10]" を表示するはずです。桁数はどの値でも同じなので、partial(toCelsius, _, 1) で一度だけ固定して map しましょう。',
      },
    ),
    verdict(
      'job3-as-ready',
      order.join(',') === 'small.txt,medium.png,big.bin' &&
        downloads.length === 3 &&
        (arrived[0]?.t ?? Infinity) < lastDownload,
      {
        en: 'Job 3: each file was reported as soon as it arrived — small, medium, big.',
        ja: 'ジョブ 3：各ファイルは届いたらすぐに報告されました。small、medium、big の順です。',
      },
      {
        en: `Job 3 should print "Arrived: small.txt", then medium.png, then big.bin, the first while big.bin is still downloading (got: ${order.join(', ') || 'nothing'}). Which iterator gives results in completion order?`,
        ja: `ジョブ 3 は "Arrived: small.txt"、続いて medium.png、big.bin を表示し、最初の行は big.bin のダウンロード中に出るはずです（実際：${order.join('、') || 'なし'}）。終わった順に結果を返すイテレーターはどれでしょう。`,
      },
    ),
  ];
};

export default check;
