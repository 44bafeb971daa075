import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import type { TaskSpan } from '../../src/sandbox/report';
import {
  MAIN,
  callsOf,
  extent,
  findLine,
  findLines,
  numberAfter,
  pidsOf,
  splitByMarkers,
} from '../check-helpers';

const check: Check = (report) => {
  const lines = findLines(report, /^Workers: \d+, time: [\d.]+ s, speed-up: [\d.]+x$/, MAIN);
  const runs = lines.map((l) => ({
    n: numberAfter(l.text, 'Workers:') ?? 0,
    seconds: numberAfter(l.text, 'time:') ?? 0,
    speedup: numberAfter(l.text, 'speed-up:') ?? 0,
  }));
  // The measured tasks of each run (not the warm-up's [0, 1]): they ran on exactly n workers,
  // found the primes the sequential loop printed, and took no longer than the time printed.
  const split = splitByMarkers(
    callsOf(report, 'countPrimes').filter(
      (t) => t.pid > MAIN && typeof t.args[0] === 'number' && t.args[0] >= 2,
    ),
    lines.map((l) => l.t),
  );
  const primes = numberAfter(findLine(report, /^Sequential: [\d.]+ s \(\d+ primes\)$/, MAIN)?.text, '(');
  const found = (spans: TaskSpan[]) =>
    spans.reduce((sum, t) => sum + (typeof t.result === 'number' ? t.result : 0), 0);
  const onRightWorkers =
    runs.length > 0 &&
    runs.every((r, k) => {
      const spans = split[k] ?? [];
      return (
        spans.length > 0 &&
        pidsOf(spans).size === r.n &&
        found(spans) === primes &&
        r.seconds >= 0.9 * extent(spans).length - 0.01
      );
    });
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
        en: 'Keep the measurement loop: for 1, 2, 4, … workers, starmap countPrimes over the tasks with Pool(n) and print "Workers: n, time: t s, speed-up: Sx" with the time measured around that starmap. Each run must find as many primes as the sequential loop.',
        ja: '計測のループは残しましょう。1、2、4、… 個のワーカーについて、Pool(n) でタスクに countPrimes を starmap し、その starmap の前後で測った時間で "Workers: n, time: t s, speed-up: Sx" を表示します。どの実行も、シーケンシャルなループと同じ数の素数を見つけるはずです。',
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
