import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, findLine, findLines, numberAfter, pidsOf, splitByMarkers, tasksOf } from '../check-helpers';

const check: Check = (report) => {
  const lines = findLines(report, /^Workers: \d+, time: [\d.]+ s, speed-up: [\d.]+x$/, MAIN);
  const runs = lines.map((l) => ({
    n: numberAfter(l.text, 'Workers:') ?? 0,
    speedup: numberAfter(l.text, 'speed-up:') ?? 0,
  }));
  const split = splitByMarkers(
    tasksOf(report, 'countPrimes'),
    lines.map((l) => l.t),
  );
  const onRightWorkers = runs.length > 0 && runs.every((r, k) => pidsOf(split[k] ?? []).size === r.n);
  const last = runs.at(-1);
  const N = last?.n ?? 0;
  const p = numberAfter(findLine(report, /^Parallel fraction p = /, MAIN)?.text, 'p =');
  const expectedP = last && N > 1 ? (1 - 1 / last.speedup) / (1 - 1 / N) : null;
  const amdahlOk = N === 1 || (p !== null && expectedP !== null && Math.abs(p - expectedP) <= 0.02);
  return [
    verdict(
      'measured',
      onRightWorkers && runs[0]?.n === 1,
      {
        en: `Measured ${runs.map((r) => r.n).join(', ')} workers; each run's tasks used exactly that many workers.`,
        ja: `ワーカー数 ${runs.map((r) => r.n).join('、')} で計測し、各実行のタスクはちょうどその数のワーカーを使いました。`,
      },
      {
        en: 'Keep the measurement loop: for 1, 2, 4, … workers, starmap countPrimes over the tasks with Pool(n) and print "Workers: n, time: t s, speed-up: Sx".',
        ja: '計測のループは残しましょう。1、2、4、… 個のワーカーについて、Pool(n) でタスクに countPrimes を starmap し、"Workers: n, time: t s, speed-up: Sx" を表示します。',
      },
    ),
    verdict(
      'amdahl',
      amdahlOk && report.plots >= 1,
      {
        en:
          N === 1
            ? 'One core only: nothing to fit.'
            : `p = ${p} matches the speed-up ${last?.speedup}x on ${N} workers.`,
        ja:
          N === 1
            ? 'コアが 1 つだけなので、当てはめるものがありません。'
            : `p = ${p} は、ワーカー ${N} 個での速度向上 ${last?.speedup} 倍と一致します。`,
      },
      {
        en: `Expected "Parallel fraction p = …" close to ${expectedP?.toFixed(3) ?? '?'}: solve S = 1 / ((1 - p) + p / N) for p with S = ${last?.speedup ?? '?'} and N = ${N}, and show the chart.`,
        ja: `"Parallel fraction p = …" は ${expectedP?.toFixed(3) ?? '?'} に近い値になるはずです。S = ${last?.speedup ?? '?'}、N = ${N} として S = 1 / ((1 - p) + p / N) を p について解き、グラフを表示しましょう。`,
      },
    ),
  ];
};

export default check;
