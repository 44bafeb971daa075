import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, findLine, numberAfter, written } from '../check-helpers';

const check: Check = (report) => {
  const completed = (script: string) =>
    findLine(report, new RegExp(`^Completed ${script.replace('.', '\\.')} in `), MAIN);
  const good = ['sequential.ts', 'parallel.ts', 'advanced.ts'];
  const missing = good.filter((s) => !completed(s));
  const failed = findLine(report, /FAILED.*no_pillow\.ts.*\b1\b/i, MAIN);
  const bogus = completed('no_pillow.ts');
  const cores = numberAfter(findLine(report, /^System has \d+ CPU cores/, MAIN)?.text, 'System has') ?? 1;
  const sequential = numberAfter(completed('sequential.ts')?.text, 'in');
  const parallel = numberAfter(completed('parallel.ts')?.text, 'in');
  return [
    verdict(
      'ran-all',
      missing.length === 0,
      {
        en: 'sequential.ts, parallel.ts and advanced.ts all ran and completed.',
        ja: 'sequential.ts、parallel.ts、advanced.ts がすべて実行され、完了しました。',
      },
      {
        en: `No "Completed … in … seconds" line for ${missing.join(', ')}: keep running the three image programs.`,
        ja: `${missing.join('、')} の "Completed … in … seconds" の行がありません。3 つの画像プログラムの実行は残しましょう。`,
      },
    ),
    verdict(
      'exit-codes',
      failed !== undefined && bogus === undefined,
      {
        en: 'The failing program was reported as FAILED with its exit code, and got no bar.',
        ja: '失敗したプログラムは終了コード付きで FAILED と報告され、棒グラフに含まれませんでした。',
      },
      {
        en: bogus
          ? 'no_pillow.ts crashed (exit code 1) but was reported as "Completed": check result.exitCode and print "FAILED: no_pillow.ts exited with code 1" instead.'
          : 'Expected a line "FAILED: no_pillow.ts exited with code 1" from the main process.',
        ja: bogus
          ? 'no_pillow.ts はクラッシュした（終了コード 1）のに "Completed" と報告されています。result.exitCode を確かめ、代わりに "FAILED: no_pillow.ts exited with code 1" を表示しましょう。'
          : 'メインプロセスから "FAILED: no_pillow.ts exited with code 1" という行が表示されるはずです。',
      },
    ),
    verdict(
      'parallel-faster',
      cores < 2 || (sequential !== null && parallel !== null && parallel <= 0.9 * sequential),
      {
        en: cores < 2 ? 'One core only: no speed-up expected.' : 'parallel.ts was faster than sequential.ts.',
        ja:
          cores < 2
            ? 'コアが 1 つだけなので、速くなることは期待できません。'
            : 'parallel.ts は sequential.ts より速く終わりました。',
      },
      {
        en: 'parallel.ts was not faster than sequential.ts: keep the Pool in parallel.ts.',
        ja: 'parallel.ts が sequential.ts より速くなっていません。parallel.ts の Pool は残しましょう。',
      },
    ),
    verdict(
      'chart',
      report.plots >= 1 && written(report).has('performance_comparison.png'),
      {
        en: 'The chart was shown and saved as performance_comparison.png.',
        ja: 'グラフが表示され、performance_comparison.png として保存されました。',
      },
      {
        en: 'Show the chart and save it: await savefig("performance_comparison.png") and show().',
        ja: 'グラフを表示して保存しましょう：await savefig("performance_comparison.png") と show()。',
      },
    ),
  ];
};

export default check;
