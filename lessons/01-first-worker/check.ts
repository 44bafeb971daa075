import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, children, findLine, lines } from '../check-helpers';

const check: Check = (report) => {
  const kids = children(report).filter((p) => p.ppid === MAIN);
  const child = kids[0];
  const childLines = child ? lines(report, child.pid) : [];
  const greeted = childLines.some((line) => line.text.includes('Alice'));
  const done = findLine(report, /Main process completed/, MAIN);
  const childFinished = Math.max(child?.end ?? -Infinity, ...childLines.map((l) => l.t));
  return [
    verdict(
      'child-ran',
      kids.length === 1 && child?.exitCode === 0,
      {
        en: 'One child process ran and exited cleanly (exit code 0).',
        ja: '子プロセスが 1 つ起動し、正常に終了しました（終了コード 0）。',
      },
      {
        en: `Expected exactly one child process that exits with code 0, found ${kids.length}${child ? ` (exit code ${String(child.exitCode)})` : ''}. Create one Process, start() it and await join().`,
        ja: `終了コード 0 で終わる子プロセスがちょうど 1 つ必要ですが、${kids.length} 個でした${child ? `（終了コード ${String(child.exitCode)}）` : ''}。Process を 1 つ作り、start() してから join() を await しましょう。`,
      },
    ),
    verdict(
      'argument-passed',
      greeted,
      {
        en: 'The worker received the argument "Alice" and printed it.',
        ja: 'ワーカーが引数 "Alice" を受け取り、表示しました。',
      },
      {
        en: 'The worker process never printed "Alice". Give worker a parameter (name: string), print it, and pass it with args: [\'Alice\'].',
        ja: 'ワーカープロセスが "Alice" を表示していません。worker に引数 name: string を追加して表示し、args: [\'Alice\'] で渡しましょう。',
      },
    ),
    verdict(
      'joined',
      done !== undefined && child !== undefined && done.t >= childFinished,
      {
        en: 'The main process waited for the worker before printing "Main process completed".',
        ja: 'メインプロセスはワーカーの終了を待ってから "Main process completed" を表示しました。',
      },
      {
        en: '"Main process completed" must come after the worker has finished: keep `await p.join()` before it.',
        ja: '"Main process completed" はワーカーが終わった後に表示されるはずです。その前に `await p.join()` を残しましょう。',
      },
    ),
  ];
};

export default check;
