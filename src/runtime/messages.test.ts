import { afterEach, expect, test } from 'vitest';
import * as fixtures from './fixtures/messages';
import { messages } from './messages';
import { startTestRun, type TestRun } from './test-support';
import { Pool, Process } from './index';

const fixturesUrl = new URL('./fixtures/messages.ts', import.meta.url).href;
let run: TestRun | undefined;
afterEach(() => run?.close());

const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

test('every message is written in both languages', () => {
  const sample = { what: 'W', where: 'args[0]', name: 'N', kind: 'pdf', fix: 'F', pid: 7, got: 'G' };
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
