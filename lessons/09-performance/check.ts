import type { Check } from '../../src/lessons/types';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, extent, findLine, numberAfter, pidsOf, splitByMarkers, tasksOf } from '../check-helpers';

const check: Check = (report) => {
  const cores = numberAfter(findLine(report, /^System has \d+ CPU cores/, MAIN)?.text, 'System has') ?? 1;
  const simple = findLine(report, /^Simple map completed/, MAIN);
  const withPartial = findLine(report, /^Map with partial completed/, MAIN);
  const sequential = findLine(report, /^Sequential processing completed/, MAIN);
  const [run1, run2] =
    simple && withPartial ? splitByMarkers(tasksOf(report, 'processData'), [simple.t, withPartial.t]) : [];
  const sequentialLength = withPartial && sequential ? sequential.t - withPartial.t : 0;
  const test1 = numberAfter(findLine(report, /^Test 1 result:/, MAIN)?.text, 'result:');
  const test2 = numberAfter(findLine(report, /^Test 2 result:/, MAIN)?.text, 'result:');
  const sharedResult = findLine(report, /^Shared memory result:/, MAIN)
    ?.text.split(':')[1]
    ?.trim();
  const test1Text = findLine(report, /^Test 1 result:/, MAIN)
    ?.text.split(':')[1]
    ?.trim();
  const sharedTasks = tasksOf(report, 'processShared').filter((t) => t.ok);
  // The faster of the two maps: the first one in a run also pays for every worker's warm-up.
  const mapLength = Math.min(
    ...[run1, run2]
      .filter((run) => run !== undefined && run.length === 8)
      .map((run) => extent(run ?? []).length),
  );
  const parallelOk = cores < 2 || mapLength <= 0.85 * sequentialLength;
  return [
    verdict(
      'partial-doubles',
      test1 !== null && test2 !== null && test1 > 0 && Math.abs(test2 - 2 * test1) <= 1e-3,
      {
        en: 'Test 2 (partial with multiplier 2) is exactly twice Test 1.',
        ja: 'Test 2（multiplier 2 の partial）は Test 1 のちょうど 2 倍です。',
      },
      {
        en: 'Print "Test 1 result: …" and "Test 2 result: …" as the starter does; Test 2 should be twice Test 1.',
        ja: 'スターターと同じく "Test 1 result: …" と "Test 2 result: …" を表示しましょう。Test 2 は Test 1 の 2 倍になるはずです。',
      },
    ),
    verdict(
      'parallel-faster',
      parallelOk,
      {
        en:
          cores < 2
            ? 'Only one core here, so no speed-up is expected.'
            : "The parallel map's work took less time on the timeline than the sequential loop.",
        ja:
          cores < 2
            ? 'コアが 1 つしかないので、速くなることは期待できません。'
            : '並列の map の処理は、タイムライン上で逐次ループより短い時間で終わりました。',
      },
      {
        en: 'Neither map was faster than the sequential loop (their 8 tasks should take at most 0.85 × the loop): keep Pool(4) and the maps over the 8 chunks, and print the three "completed in" lines.',
        ja: 'どちらの map も逐次ループより速くなっていません（8 つのタスクはループの 0.85 倍以下の時間で終わるはず）。Pool(4) と 8 チャンクへの map を残し、3 つの "completed in" の行を表示しましょう。',
      },
    ),
    verdict(
      'shared-tasks',
      sharedTasks.length >= 8 && pidsOf(sharedTasks).size >= 2,
      {
        en: 'Eight processShared tasks ran on several workers.',
        ja: '8 つの processShared のタスクが複数のワーカーで実行されました。',
      },
      {
        en: `Expected 8 processShared tasks on the pool's workers, found ${sharedTasks.length}: export function processShared(shared, index) and starmap it over [shared, i] for i = 0…7.`,
        ja: `プールのワーカーで processShared のタスクが 8 つ実行されるはずですが、${sharedTasks.length} 個でした。export function processShared(shared, index) を書き、i = 0〜7 の [shared, i] に starmap しましょう。`,
      },
    ),
    verdict(
      'shared-same',
      sharedResult !== undefined && sharedResult === test1Text,
      {
        en: 'Shared memory gave the same result as the copied data.',
        ja: '共有メモリでも、コピーしたデータと同じ結果になりました。',
      },
      {
        en: `"Shared memory result: …" should equal Test 1's ${test1Text ?? '(missing)'}: process chunk 0 of the shared array with multiplier 1 and print it with toFixed(4).`,
        ja: `"Shared memory result: …" は Test 1 の ${test1Text ?? '（なし）'} と等しいはずです。共有配列のチャンク 0 を multiplier 1 で処理し、toFixed(4) で表示しましょう。`,
      },
    ),
    verdict(
      'chart',
      report.plots >= 1,
      { en: 'A chart of the times was shown.', ja: '時間のグラフが表示されました。' },
      {
        en: 'No chart was shown: keep figure(), bar(…) and show().',
        ja: 'グラフが表示されていません。figure()、bar(…)、show() を残しましょう。',
      },
    ),
  ];
};

export default check;
