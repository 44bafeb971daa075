import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';

const check: Check = (report) => {
  const child = report.processes.find((p) => p.ppid === 1);
  const greeted = report.output.some((line) => line.pid === child?.pid && line.text.includes('Alice'));
  return [
    verdict(
      'child-started',
      child !== undefined && child.exitCode === 0,
      { en: 'A child process ran and exited cleanly.', ja: '子プロセスが実行され、正常に終了しました。' },
      {
        en: 'No child process finished: call start() and then await join().',
        ja: '子プロセスが終わっていません。start() を呼んでから join() を await しましょう。',
      },
    ),
    verdict(
      'argument-passed',
      greeted,
      { en: 'The worker got the argument "Alice".', ja: 'ワーカーが引数 "Alice" を受け取りました。' },
      {
        en: 'The worker did not print "Alice": pass it in args: ["Alice"].',
        ja: 'ワーカーが "Alice" を表示していません。args: ["Alice"] で渡しましょう。',
      },
    ),
  ];
};

export default check;
