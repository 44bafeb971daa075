import type { Check } from '../../src/lessons/types';
import type { TaskSpan, Value } from '../../src/sandbox/report';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, allAfter, extent, findLine, pidsOf, sameValue, showTasks, tasksOf } from '../check-helpers';

const chunkSize = 1000000;

/** A task's first argument is a whole chunk: a Float64Array of a million numbers, as recorded. */
function isChunk(value: Value | undefined): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    value.typed === 'Float64Array' &&
    value.length === chunkSize
  );
}

/** The number a line prints after its label, as printed ("Test 1 first result: 333884.5705"). */
function printed(report: Parameters<Check>[0], label: string): string | undefined {
  const line = findLine(report, new RegExp(`^${label}: `), MAIN);
  return line ? /^-?\d+\.\d{4}\b/.exec(line.text.slice(label.length + 2))?.[0] : undefined;
}

/** Numbers in increasing order (results compared as a whole, whatever order the tasks ran in). */
function ascending(values: (Value | undefined)[]): Value[] {
  return values.map((v) => v ?? null).sort((a, b) => Number(a) - Number(b));
}

/** The bound options of a partial's task, when the runtime recorded them after the item. */
function optionsOk(task: TaskSpan, expected: (options: Value) => boolean): boolean {
  const options = task.args?.[1];
  return task.args?.length === 1 || (task.args?.length === 2 && options !== undefined && expected(options));
}

const check: Check = (report) => {
  const inWorkers = (fn: string) => tasksOf(report, fn).filter((t) => t.ok && t.pid !== MAIN);
  const simple = inWorkers('processDataSimple').filter((t) => isChunk(t.args?.[0]));
  const distinctChunks = simple.every(
    (t, i) => simple.findIndex((u) => sameValue(u.args?.[0], t.args?.[0])) === i,
  );
  const simpleResults = simple.map((t) => t.result);
  const test1 = printed(report, 'Test 1 first result');
  const test2 = printed(report, 'Test 2 first result');
  const sequential = printed(report, 'Sequential first result');
  const firstResult = simple.find(
    (t) => typeof t.result === 'number' && t.result.toFixed(4) === test1,
  )?.result;
  const simpleDone = findLine(report, /^Simple map completed in \d+\.\d{4} seconds$/, MAIN);

  const withConfig = inWorkers('processDataWithConfig');
  const doubled =
    withConfig.length === 8 &&
    withConfig.every(
      (t) =>
        optionsOk(t, (options) => sameValue(options, { multiplier: 2 })) &&
        simple.some((s) => sameValue(s.args?.[0], t.args?.[0]) && t.result === 2 * (s.result as number)),
    );

  const shared = inWorkers('processSharedChunk');
  const indexes = ascending(shared.map((t) => t.args?.[0]));
  const sharedOk =
    shared.length === 8 &&
    sameValue(indexes, [0, 1, 2, 3, 4, 5, 6, 7]) &&
    shared.every((t) =>
      optionsOk(
        t,
        (options) =>
          typeof options === 'object' &&
          options !== null &&
          !Array.isArray(options) &&
          sameValue(options.allChunks, { shared: 'd', length: 8 * chunkSize }),
      ),
    ) &&
    sameValue(ascending(shared.map((t) => t.result)), ascending(simpleResults));
  return [
    verdict(
      'simple-map',
      simple.length === 8 &&
        distinctChunks &&
        pidsOf(simple).size >= 2 &&
        allAfter([simpleDone], extent(simple).end) &&
        firstResult !== undefined &&
        sequential === test1,
      {
        en: 'Eight chunks of a million numbers each travelled to the workers (copied), and the first result came back as the main process computed it too.',
        ja: '100 万個の数のチャンク 8 つがそれぞれワーカーに（コピーされて）送られ、最初の結果はメインプロセスで計算したものと同じになりました。',
      },
      {
        en: `Keep the lab's first test: map processDataSimple over the eight chunks in a pool, print "Simple map completed in … seconds", and print the first results of Test 1 and of the sequential loop (the same number). The tasks found: ${showTasks(simple)}.`,
        ja: `ラボの最初のテストは残しましょう。プールで 8 つのチャンクに processDataSimple を map し、"Simple map completed in … seconds" を表示し、Test 1 とシーケンシャルのループの最初の結果（同じ数）を表示します。見つかったタスク: ${showTasks(simple)}。`,
      },
    ),
    verdict(
      'partial-doubles',
      doubled && firstResult !== undefined && test2 === (2 * (firstResult as number)).toFixed(4),
      {
        en: "runTest's option { multiplier: 2 } was fixed by partial: each chunk's Test 2 task returned exactly twice its Test 1 result.",
        ja: 'runTest のオプション { multiplier: 2 } は partial で固定されました。どのチャンクでも、Test 2 のタスクは Test 1 の結果のちょうど 2 倍を返しました。',
      },
      {
        en: 'Expected eight processDataWithConfig tasks, one per chunk, each returning twice what processDataSimple returned for that chunk, and "Test 2 first result" twice Test 1: call runTest(\'Map with partial\', processDataWithConfig, dataChunks, { multiplier: 2 }).',
        ja: 'チャンクごとに 1 つ、そのチャンクで processDataSimple が返した値のちょうど 2 倍を返す processDataWithConfig のタスクが 8 つあり、"Test 2 first result" が Test 1 の 2 倍になるはずです。runTest(\'Map with partial\', processDataWithConfig, dataChunks, { multiplier: 2 }) を呼びましょう。',
      },
    ),
    verdict(
      'shared-memory',
      sharedOk && printed(report, 'Shared memory first result') === test1,
      {
        en: 'Eight processSharedChunk tasks, each sent only its index, read the chunks from shared memory and returned the same sums as the copied chunks.',
        ja: '添字だけを受け取った 8 つの processSharedChunk のタスクが共有メモリからチャンクを読み、コピーしたチャンクと同じ合計を返しました。',
      },
      {
        en: `Expected eight processSharedChunk tasks, for the indexes 0 to 7, with the option allChunks (a SharedArray of ${8 * chunkSize} numbers) fixed by runTest's partial, returning the same sums as Test 1, and "Shared memory first result: …" equal to Test 1's. The tasks found: ${showTasks(shared)}.`,
        ja: `添字 0〜7 について、runTest の partial でオプション allChunks（${8 * chunkSize} 個の数の SharedArray）を固定した processSharedChunk のタスクが 8 つあり、Test 1 と同じ合計を返し、"Shared memory first result: …" が Test 1 と等しいはずです。見つかったタスク: ${showTasks(shared)}。`,
      },
    ),
  ];
};

export default check;
