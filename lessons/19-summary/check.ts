import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, callsOf, findLine, findLines, listIn, sameNumbers, sameValue } from '../check-helpers';

const rooms = [
  [3, 4],
  [5, 5],
  [2, 7],
  [6, 3],
];
const temperatures = [32, 212, 98.6, 50];

const check: Check = (report) => {
  const inPool = (fn: string) => callsOf(report, fn).filter((t) => t.pid > MAIN);

  // Job 1: one area task per room, given the room's two numbers as its two arguments.
  const areaTasks = inPool('area');
  const areas = rooms.map((room) => areaTasks.find((t) => sameValue(t.args, room))?.result);
  const areasLine = findLine(report, /^Areas:/, MAIN);
  const job1 =
    areas.every((a) => typeof a === 'number') &&
    sameNumbers(listIn(areasLine?.text), areas as number[]) &&
    sameNumbers(areas as number[], [12, 25, 14, 18]);

  // Job 2: one toCelsius task per temperature, with the digits fixed at 1 (when the record has them).
  const celsiusTasks = inPool('toCelsius');
  const celsius = temperatures.map(
    (f) => celsiusTasks.find((t) => t.args[0] === f && (t.args.length === 1 || t.args[1] === 1))?.result,
  );
  const celsiusLine = findLine(report, /^Celsius:/, MAIN);
  const job2 =
    celsius.every((c) => typeof c === 'number') &&
    sameNumbers(listIn(celsiusLine?.text), celsius as number[]) &&
    sameNumbers(celsius as number[], [0, 100, 37, 10]);

  // Job 3: the "Arrived:" lines in the order the downloads ended (on a quiet machine small,
  // medium, big; on a busy one the workers may start late, and the order with them), each after
  // its download returned that name, the first while another download was still running.
  const downloads = inPool('download');
  const arrived = findLines(report, /^Arrived: /, MAIN);
  const order = arrived.map((l) => l.text.slice('Arrived: '.length));
  const ended = [...downloads].sort((a, b) => a.end - b.end).map((t) => t.result ?? null);
  const afterItsTask = arrived.every((line) =>
    downloads.some((t) => t.result === line.text.slice('Arrived: '.length) && t.end <= line.t),
  );
  const lastDownload = Math.max(0, ...downloads.map((t) => t.end));
  const job3 =
    downloads.length === 3 &&
    afterItsTask &&
    sameValue(order, ended) &&
    (arrived[0]?.t ?? Infinity) < lastDownload;
  return [
    verdict(
      'job1-starmap',
      job1,
      {
        en: 'Job 1: starmap spread each [width, height] into area — Areas: [12, 25, 14, 18].',
        ja: 'ジョブ 1：starmap が各 [width, height] を area の引数に展開しました。Areas: [12, 25, 14, 18]。',
      },
      {
        en: 'Job 1 should print "Areas: [12, 25, 14, 18]" from four area tasks in the pool, each given a room\'s width and height as its two arguments. Which Pool method spreads a list into the arguments?',
        ja: 'ジョブ 1 は、部屋の幅と高さを 2 つの引数として受け取る area のタスク 4 つをプールで実行し、その結果で "Areas: [12, 25, 14, 18]" を表示するはずです。リストを展開して引数にするのは、Pool のどのメソッドでしょう。',
      },
    ),
    verdict(
      'job2-partial',
      job2,
      {
        en: 'Job 2: a partial fixed the digits — Celsius: [0, 100, 37, 10].',
        ja: 'ジョブ 2：partial が桁数を固定しました。Celsius: [0, 100, 37, 10]。',
      },
      {
        en: 'Job 2 should print "Celsius: [0, 100, 37, 10]" from four toCelsius tasks in the pool, one per temperature. The digits are the same for every value: fix them once with partial(toCelsius, _, 1) and map.',
        ja: 'ジョブ 2 は、温度ごとに 1 つ、toCelsius のタスク 4 つをプールで実行し、その結果で "Celsius: [0, 100, 37, 10]" を表示するはずです。桁数はどの値でも同じなので、partial(toCelsius, _, 1) で一度だけ固定して map しましょう。',
      },
    ),
    verdict(
      'job3-as-ready',
      job3,
      {
        en: `Job 3: each file was reported as soon as its download returned — ${order.join(', ')}.`,
        ja: `ジョブ 3：各ファイルは、ダウンロードのタスクが返るとすぐに報告されました。${order.join('、')} の順です。`,
      },
      {
        en: `Job 3 should print "Arrived: <name>" for each file as soon as its download returns, in the order they finish (small.txt first on a quiet machine), the first while another is still downloading (got: ${order.join(', ') || 'nothing'}). Which iterator gives results in completion order?`,
        ja: `ジョブ 3 は、各ファイルのダウンロードが返るとすぐに、終わった順（静かなマシンなら small.txt が最初）に "Arrived: <name>" を表示し、最初の行はほかのダウンロードがまだ終わっていないうちに出るはずです（実際：${order.join('、') || 'なし'}）。終わった順に結果を返すイテレーターはどれでしょう。`,
      },
    ),
  ];
};

export default check;
