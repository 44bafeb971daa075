import type { Check } from '../../src/lessons/types';
import type { Value } from '../../src/sandbox/report';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, callsOf, findLine, listOf, pidsOf, sameValue, written } from '../check-helpers';

// The lab's eight (name, filter) pairs, with the filter's name as the runtime gives it.
const filters: [string, string][] = [
  ['blur', 'GaussianBlur(5)'],
  ['edges', 'FIND_EDGES'],
  ['emboss', 'EMBOSS'],
  ['sharpen', 'SHARPEN'],
  ['contour', 'CONTOUR'],
  ['detail', 'DETAIL'],
  ['smooth', 'SMOOTH'],
  ['smoothmore', 'SMOOTH_MORE'],
];
const images = [1, 2, 3, 4, 5].map((n) => `sample_${n}.png`);
const outputDir = 'processed_advanced';

/** The name a recorded filter carries: a plain object's `name`, or a class instance's class. */
function filterName(value: Value | undefined): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const name = value.name ?? value.object;
  return typeof name === 'string' ? name : null;
}

const check: Check = (report) => {
  const files = written(report);
  const missing = images
    .flatMap((image) => filters.map(([name]) => `${outputDir}/${name}_${image}`))
    .filter((f) => !files.has(f));
  const calls = callsOf(report, 'applyFilter').filter((t) => t.pid > MAIN);
  // What travelled: map's item, a [name, filter] pair, first; the partial's fixed image path and
  // folder after it when the record has them; and [name, image, seconds] back.
  const travelled = (image: string, [name, filter]: [string, string]) =>
    calls.some((t) => {
      const [info, ...fixed] = t.args;
      const pair = listOf(info);
      const result = listOf(t.result);
      return (
        pair?.length === 2 &&
        pair[0] === name &&
        filterName(pair[1]) === filter &&
        (fixed.length === 0 || sameValue(fixed, [`sample_images/${image}`, outputDir])) &&
        result?.[0] === name &&
        result[1] === image &&
        typeof result[2] === 'number'
      );
    });
  const pairs = images.flatMap((image) => filters.filter((f) => travelled(image, f)).map(() => image));
  // One pool: the workers that served an image had served earlier ones too. (With a pool per
  // image every worker serves one image. Judged by who ran what, not by when workers started,
  // which a busy machine delays.)
  const imageOf = (t: (typeof calls)[number]) => listOf(t.result)?.[1];
  const order = [...new Set([...calls].sort((a, b) => a.start - b.start).map(imageOf))];
  const servedBefore = (image: Value | undefined, pid: number) =>
    calls.some((t) => t.pid === pid && order.indexOf(imageOf(t)) < order.indexOf(image));
  const reused = order
    .slice(1)
    .filter((image) => calls.some((t) => imageOf(t) === image && servedBefore(image, t.pid)));
  const workers = pidsOf(calls).size;
  return [
    verdict(
      'outputs',
      missing.length === 0 && findLine(report, /^Total operations: 40$/, MAIN) !== undefined,
      {
        en: `All 40 filtered images were written to ${outputDir}/ (5 images × 8 filters).`,
        ja: `フィルター済みの画像 40 枚（5 枚 × 8 フィルター）がすべて ${outputDir}/ に書き込まれました。`,
      },
      {
        en: `${missing.length} outputs are missing (e.g. ${missing[0] ?? '—'}), or "Total operations: 40" was not printed.`,
        ja: `出力が ${missing.length} 個足りない（例：${missing[0] ?? '—'}）か、"Total operations: 40" が表示されていません。`,
      },
    ),
    verdict(
      'partial',
      pairs.length === 40,
      {
        en: 'The pool ran 40 applyFilter tasks: each got its [name, filter] pair from map, with the image and the folder fixed by partial, and returned [name, image, seconds].',
        ja: 'プールは applyFilter のタスクを 40 個実行しました。各タスクは map から [名前, フィルター] の組を受け取り、画像とフォルダは partial で固定され、[名前, 画像, 秒数] を返しました。',
      },
      {
        en: `Expected one applyFilter task per image and filter in pool workers, each given its [name, filter] pair (e.g. ['blur', ImageFilter.GaussianBlur(5)]) with the image's path and '${outputDir}', returning [name, imageName, seconds]; found ${pairs.length} of 40. Map partial(applyFilter, _, imagePath, outputDir) over the eight pairs for each image.`,
        ja: `プールのワーカーで画像とフィルターの組ごとに applyFilter のタスクが 1 つ、[名前, フィルター] の組（例：['blur', ImageFilter.GaussianBlur(5)]）と画像のパス、'${outputDir}' を受け取り、[名前, 画像名, 秒数] を返すはずですが、40 個のうち ${pairs.length} 個でした。各画像について partial(applyFilter, _, imagePath, outputDir) を 8 つの組に map しましょう。`,
      },
    ),
    verdict(
      'one-pool',
      order.length === 5 && reused.length === order.length - 1,
      {
        en: `One pool served every image: the same ${workers} workers went on from one image to the next.`,
        ja: `1 つのプールがすべての画像を処理しました。同じ ${workers} 個のワーカーが、画像から画像へと処理を続けました。`,
      },
      {
        en: `${Math.max(0, order.length - 1 - reused.length)} of the images after the first were served only by new workers (${workers} worker processes in all): a new pool per image starts new workers each time. Create one Pool in main() and pass it to processImageWithMultipleFilters.`,
        ja: `最初の画像より後の画像のうち ${Math.max(0, order.length - 1 - reused.length)} 枚は、新しいワーカーだけで処理されました（ワーカープロセスは全部で ${workers} 個）。画像ごとに新しいプールを作ると、そのたびにワーカーが起動します。main() でプールを 1 つ作り、processImageWithMultipleFilters に渡しましょう。`,
      },
    ),
  ];
};

export default check;
