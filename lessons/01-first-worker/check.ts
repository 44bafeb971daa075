import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, children, findLine, lines, sameValue, showValue } from '../check-helpers';

const check: Check = (report) => {
  const kids = children(report).filter((p) => p.ppid === MAIN);
  const child = kids.length === 1 ? kids[0] : undefined;
  const childLines = child ? lines(report, child.pid) : [];
  // The lab's point: the worker is a separate process, whose parent is the main process.
  const ownPid = childLines.some((l) => l.text === `Worker process id: ${l.pid}`);
  const parentPid = childLines.some((l) => l.text === `Worker parent process id: ${MAIN}`);
  // The exercise: 'Alice' travelled in args (the record), and the worker printed what it got.
  const gotAlice = child !== undefined && sameValue(child.args, ['Alice']);
  const greeted = childLines.some((l) => l.text.includes('Alice'));
  const done = findLine(report, /^Main process completed$/, MAIN);
  const childFinished = Math.max(child?.end ?? Infinity, ...childLines.map((l) => l.t));
  return [
    verdict(
      'child-ran',
      child !== undefined && child.target === 'worker' && child.exitCode === 0,
      {
        en: 'One child process ran worker and exited cleanly (exit code 0).',
        ja: '子プロセスが 1 つ worker を実行し、正常に終了しました（終了コード 0）。',
      },
      {
        en: `Expected exactly one child process that runs worker and exits with code 0; found ${kids.length}${child ? ` (target ${child.target ?? '?'}, exit code ${String(child.exitCode)})` : ''}. Create one Process with target: worker, start() it and await join().`,
        ja: `worker を実行して終了コード 0 で終わる子プロセスがちょうど 1 つ必要ですが、${kids.length} 個でした${child ? `（target ${child.target ?? '?'}、終了コード ${String(child.exitCode)}）` : ''}。target: worker の Process を 1 つ作り、start() してから join() を await しましょう。`,
      },
    ),
    verdict(
      'own-pid',
      ownPid && parentPid,
      {
        en: `The worker printed its own process id and its parent's, ${MAIN}: the main process.`,
        ja: `ワーカーは自分のプロセス ID と、親のプロセス ID ${MAIN}（メインプロセス）を表示しました。`,
      },
      {
        en: 'The worker process should print its own id (getpid()) and its parent\'s (getppid()), as the lab\'s "Worker process id" and "Worker parent process id" lines.',
        ja: 'ワーカープロセスは、ラボの "Worker process id" と "Worker parent process id" の行のように、自分の ID（getpid()）と親の ID（getppid()）を表示するはずです。',
      },
    ),
    verdict(
      'argument-passed',
      gotAlice && greeted,
      {
        en: "The worker process was started with args ['Alice'] and printed the name it received.",
        ja: "ワーカープロセスは args ['Alice'] で起動され、受け取った名前を表示しました。",
      },
      {
        en: gotAlice
          ? "The worker got ['Alice'] but never printed it: print `Hello from ${name}` in worker."
          : `The worker process was started with ${child?.args ? `args ${showValue(child.args)}` : 'no arguments'}. Give worker a parameter name: string, print it, and pass it with args: ['Alice'] (a name typed inside worker does not count: it must travel).`,
        ja: gotAlice
          ? "ワーカーは ['Alice'] を受け取りましたが、表示していません。worker の中で `Hello from ${name}` を表示しましょう。"
          : `ワーカープロセスは${child?.args ? ` args ${showValue(child.args)} で` : '引数なしで'}起動されました。worker に引数 name: string を追加して表示し、args: ['Alice'] で渡しましょう（worker の中に名前を直接書いても合格しません。引数として渡すことが大事です）。`,
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
