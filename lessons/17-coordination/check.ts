import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, children, findLine, maxOverlap, numberAfter } from '../check-helpers';

const check: Check = (report) => {
  const kids = children(report).filter((p) => p.ppid === MAIN);
  const spans = kids.map((p) => ({ start: p.start, end: p.end ?? report.seconds }));
  const counterLine = findLine(report, /^Counter: \d+ \(expected \d+\)$/, MAIN)?.text;
  const count = numberAfter(counterLine, 'Counter:');
  const expected = numberAfter(counterLine, 'expected');
  const sum = numberAfter(findLine(report, /^Sum of reports: \d+$/, MAIN)?.text, 'Sum of reports:');
  return [
    verdict(
      'concurrent',
      kids.length >= 2 && kids.every((p) => p.exitCode === 0) && maxOverlap(spans) >= 2,
      {
        en: `${kids.length} processes ran at the same time and exited cleanly.`,
        ja: `${kids.length} 個のプロセスが同時に動き、正常に終了しました。`,
      },
      {
        en: 'Start all the processes before joining any, so that they really run at the same time (running them one by one hides the race instead of fixing it).',
        ja: 'どれかを join する前に、すべてのプロセスを start して、本当に同時に動くようにしましょう（1 つずつ実行すると、競合を直すのではなく隠すことになります）。',
      },
    ),
    verdict(
      'exact-count',
      count !== null && expected !== null && expected > 0 && count === expected,
      {
        en: `No update was lost: Counter ${count} = ${expected}.`,
        ja: `更新は 1 つも失われませんでした：Counter ${count} = ${expected}。`,
      },
      {
        en: `Counter is ${count ?? '?'}, expected ${expected ?? '?'}: updates were lost. Hold counter.getLock() around the read, think() and the write.`,
        ja: `Counter が ${count ?? '?'} で、期待値は ${expected ?? '?'} です。更新が失われています。読み取り、think()、書き込みを counter.getLock() で囲みましょう。`,
      },
    ),
    verdict(
      'queue-sum',
      sum !== null && expected !== null && sum === expected,
      {
        en: 'Every process reported its count through the Queue, and the reports add up.',
        ja: 'すべてのプロセスが Queue で自分の回数を報告し、その合計が合っています。',
      },
      {
        en: `Expected "Sum of reports: ${expected ?? 'N'}" from the main process: each process puts its count on the queue (await queue.put(added)), and the main process takes one report per process (await queue.get()).`,
        ja: `メインプロセスから "Sum of reports: ${expected ?? 'N'}" が表示されるはずです。各プロセスが自分の回数をキューに入れ（await queue.put(added)）、メインプロセスがプロセスの数だけ報告を取り出します（await queue.get()）。`,
      },
    ),
  ];
};

export default check;
