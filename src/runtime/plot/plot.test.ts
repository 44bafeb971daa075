import { afterEach, beforeEach, expect, test } from 'vitest';
import { startTestRun, type TestRun } from '../test-support';
import { readFile, remove, exists } from '../fs/index';
import { bar, figure, plot, savefig, show, text, title, xlabel, ylabel } from './index';
import { chartConfig } from './chart-config';

let run: TestRun;
beforeEach(() => {
  run = startTestRun({});
});
afterEach(() => run.close());

test('show() sends the figure to the page and starts a new one', async () => {
  figure();
  bar(['sequential', 'parallel'], [3.0, 1.8], { label: 'seconds' });
  title('Image processing');
  xlabel('script');
  ylabel('seconds');
  show();
  show();
  await run.settle();
  const plots = run.events.filter((e) => e.type === 'plot');
  expect(plots).toHaveLength(2);
  const first =
    plots[0] && 'figure' in plots[0] ? (plots[0].figure as { title?: string; series: unknown[] }) : null;
  expect(first?.title).toBe('Image processing');
  expect(first?.series).toHaveLength(1);
});

test('savefig writes a PNG of the figure size', async () => {
  if (await exists('plot-test')) await remove('plot-test', { recursive: true });
  figure({ figsize: [6, 4] });
  bar([1, 2, 4], [1, 1.9, 3.2]);
  plot([1, 2, 4], [1, 2, 4], { label: 'ideal', linestyle: '--' });
  text(4, 3.2, '3.2×');
  await savefig('plot-test/speedup.png');
  const bytes = await readFile('plot-test/speedup.png');
  expect([...bytes.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  const image = await createImageBitmap(new Blob([bytes as BlobPart]));
  expect([image.width, image.height]).toEqual([600, 400]);
});

test('bars and lines share one category axis, as matplotlib draws them', () => {
  const config = chartConfig({
    texts: [],
    legend: true,
    size: [8, 5],
    series: [
      { kind: 'bar', x: [1, 2], heights: [1, 2] },
      { kind: 'line', x: [2, 4], y: [2, 4], label: 'ideal' },
    ],
  });
  expect(config.data.labels).toEqual(['1', '2', '4']);
  expect(config.data.datasets.map((d) => d.data)).toEqual([
    [1, 2, null],
    [null, 2, 4],
  ]);
  expect(() => bar([1, 2], [1])).toThrow(/2 positions but 1 heights/);
});
