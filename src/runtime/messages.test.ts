import { afterEach, expect, test } from 'vitest';
import * as fixtures from './fixtures/messages';
import { messages } from './messages';
import { startTestRun, type TestRun } from './test-support';
import { Pool, Process } from './index';
import { Image } from './image/index';
import { pngSignature } from './image/sniff';
import { bar, plot } from './plot/index';

const fixturesUrl = new URL('./fixtures/messages.ts', import.meta.url).href;
let run: TestRun | undefined;
afterEach(() => run?.close());

const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

test('every message is written in both languages', () => {
  const sample = { what: 'W', where: 'args[0]', name: 'N', kind: 'pdf', fix: 'F', pid: 7, got: 'G', max: 9 };
  for (const [key, texts] of Object.entries(messages)) {
    const en = (texts.en as (p: unknown) => string)(sample);
    const ja = (texts.ja as (p: unknown) => string)(sample);
    expect(en, key).not.toMatch(japanese);
    expect(ja, key).toMatch(japanese);
  }
});

test('a run in Japanese explains mistakes in Japanese, on the page and in its workers', async () => {
  run = startTestRun({ [fixturesUrl]: fixtures }, { language: 'ja' });
  expect(() => new Process({ target: 'main' as unknown as () => void })).toThrow(
    'new Process({ target, args }) には target',
  );
  expect(() => new Pool(0)).toThrow('Pool には 1 つ以上のプロセスが必要です（渡されたのは 0）');
  const pool = new Pool(1);
  try {
    await expect(pool.map((x: number) => x, [1])).rejects.toThrow(
      'map() に渡した関数）はワーカーに送れません',
    );
    await expect(pool.apply(fixtures.partialOfNothing)).rejects.toThrow(
      'partial() の最初の引数には関数を渡してください。',
    );
  } finally {
    pool.terminate();
  }
});

test('a run in English (the default) explains them in English', async () => {
  run = startTestRun({ [fixturesUrl]: fixtures });
  const pool = new Pool(1);
  try {
    // Each method names itself, not the *Async method it shares with its twin.
    await expect(pool.map((x: number) => x, [1])).rejects.toThrow('(the function passed to map())');
    await expect(pool.apply(() => 1)).rejects.toThrow('(the function passed to apply())');
    expect(() => pool.starmapAsync((x: number) => x, [[1]])).toThrow(
      '(the function passed to starmapAsync())',
    );
    await expect(pool.apply(fixtures.partialOfNothing)).rejects.toThrow(
      'partial() needs a function as its first argument.',
    );
  } finally {
    pool.terminate();
  }
});

test("the image, PNG and plot modules explain mistakes in the run's language", async () => {
  // A PNG signature and nothing else: no image header, no image data.
  const headerOnly = Uint8Array.from(pngSignature);
  run = startTestRun({ [fixturesUrl]: fixtures }, { language: 'ja' });
  expect(() => Image.fromArray([1, 2], 1, 1)).toThrow(
    '1×1 の RGB 画像には 3 バイト必要ですが、2 バイトでした。',
  );
  await expect(Image.decode(headerOnly)).rejects.toThrow('この PNG ファイルは壊れています。');
  expect(() => bar([1, 2], [1])).toThrow('bar() に渡された位置は 2 個、高さは 1 個です。');
  expect(() => plot([1], ['x' as unknown as number])).toThrow('plot() の y の値は数値にしてください。');
  run.close();

  run = startTestRun({ [fixturesUrl]: fixtures });
  expect(() => Image.fromArray([1, 2], 1, 1)).toThrow('A 1×1 RGB image needs 3 bytes, got 2.');
  await expect(Image.decode(headerOnly)).rejects.toThrow(
    'This PNG file is damaged: it has no image header or no image data.',
  );
  expect(() => bar([1, 2], [1])).toThrow(
    'bar() got 2 positions but 1 heights: give one height per position.',
  );
  expect(() => plot([1], ['x' as unknown as number])).toThrow('plot y values must be numbers.');
});
