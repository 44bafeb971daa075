import { expect, test } from 'vitest';
import { summarize, type ValueSummary } from './summarize';
import { Lock, Queue, SharedArray, Value, TimeoutError, partial, _ } from './index';
import { Image } from './image/index';
import { square, InventoryError } from './fixtures/tasks';

test('plain data is its own summary', () => {
  const data = { name: 'Alice', ages: [1, 2.5, -3], ok: true, none: null, nested: { deep: ['x'] } };
  expect(summarize(data)).toEqual(data);
  expect(summarize(42)).toBe(42);
  expect(summarize('text')).toBe('text');
});

test('what JSON cannot hold is tagged', () => {
  expect(summarize(undefined)).toEqual({ undefined: true });
  expect(summarize([NaN, Infinity, -Infinity])).toEqual([
    { number: 'NaN' },
    { number: 'Infinity' },
    { number: '-Infinity' },
  ]);
  expect(summarize(12n)).toEqual({ bigint: '12' });
  expect(summarize(square)).toEqual({ function: 'square' });
  expect(summarize(new TimeoutError('too slow'))).toEqual({ error: 'TimeoutError', message: 'too slow' });
  expect(summarize(new InventoryError('odd', 'item-1'))).toEqual({ error: 'InventoryError', message: 'odd' });
  const circular: unknown[] = [1];
  circular.push(circular);
  expect(summarize(circular)).toEqual([1, { circular: true }]);
  // JSON round trip: a summary is JSON-safe.
  const summary = summarize({ a: [undefined, NaN, 1n, square] });
  expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
});

test('shared memory objects say what they are, not what they hold', () => {
  expect(summarize(new SharedArray('d', 1_000_000))).toEqual({ shared: 'd', length: 1_000_000 });
  expect(summarize(new Value('i', 7))).toEqual({ shared: 'i', length: 1 });
  expect(summarize(new Lock())).toEqual({ lock: true });
  expect(summarize(new Queue())).toEqual({ queue: true });
});

test('a partial is its function, its bound arguments (placeholders marked) and its keywords', () => {
  expect(summarize(partial(square, _, 10, 5))).toEqual({
    partial: 'square',
    args: [{ placeholder: true }, 10, 5],
    keywords: {},
  });
  // An options object bound last is what Python's keyword arguments are.
  expect(summarize(partial(square, _, { multiplier: 2 }))).toEqual({
    partial: 'square',
    args: [{ placeholder: true }],
    keywords: { multiplier: 2 },
  });
  // Partials of partials merge, as in Python.
  expect(summarize(partial(partial(square, _, 2), 1, 3))).toEqual({
    partial: 'square',
    args: [1, 2, 3],
    keywords: {},
  });
});

test('typed arrays, buffers and class instances', () => {
  expect(summarize(new Float64Array([1.5, NaN]))).toEqual({
    typed: 'Float64Array',
    length: 2,
    values: [1.5, { number: 'NaN' }],
  });
  expect(summarize(new Uint8Array([1, 2]).buffer)).toEqual({
    typed: 'Uint8Array',
    length: 2,
    values: [1, 2],
  });
  expect(summarize(new BigInt64Array([5n]))).toEqual({ typed: 'BigInt64Array', length: 1, values: [5] });
  expect(summarize(Image.random(4, 3, 1))).toEqual({
    object: 'Image',
    fields: { width: 4, height: 3, mode: 'RGB' },
  });
  class Point {
    constructor(
      readonly x: number,
      readonly y: number,
    ) {}
  }
  expect(summarize(new Point(1, 2))).toEqual({ object: 'Point', fields: { x: 1, y: 2 } });
  expect(summarize(new Map([['a', 1]]))).toEqual({ object: 'Map', fields: { size: 1, entries: [['a', 1]] } });
});

test('a plain object that would read as a tag is wrapped, so tags stay unambiguous', () => {
  expect(summarize({ shared: 'd', length: 5 })).toEqual({
    object: 'Object',
    fields: { shared: 'd', length: 5 },
  });
  expect(summarize({ function: 'f' })).toEqual({ object: 'Object', fields: { function: 'f' } });
  // Only the exact key set of a tag: other objects stay themselves.
  expect(summarize({ shared: 'd', length: 5, more: 1 })).toEqual({ shared: 'd', length: 5, more: 1 });
});

test('arrays are cut past 1 000 elements, typed values too, with the count of what was left out', () => {
  const long = summarize(Array.from({ length: 1500 }, (_, i) => i)) as ValueSummary[];
  expect(long).toHaveLength(1001);
  expect(long[999]).toBe(999);
  expect(long[1000]).toEqual({ more: 500 });
  const typed = summarize(new Float64Array(5000)) as { values: ValueSummary[]; length: number };
  expect(typed.length).toBe(5000);
  expect(typed.values).toHaveLength(1001);
  expect(typed.values.at(-1)).toEqual({ more: 4000 });
  expect(summarize(Array.from({ length: 1000 }, () => 0))).toHaveLength(1000);
});

test('a summary stops growing at about 10 KB, and long strings keep their first 10 000 characters', () => {
  const words = Array.from({ length: 500 }, (_, i) => `${i}:${'x'.repeat(98)}`);
  const cut = summarize(words) as ValueSummary[];
  const size = JSON.stringify(cut).length;
  expect(size).toBeGreaterThan(9_000);
  expect(size).toBeLessThan(11_000);
  expect(cut.at(-1)).toEqual({ more: 500 - (cut.length - 1) });
  expect(cut[0]).toBe(words[0]);
  const text = 'y'.repeat(25_000);
  expect(summarize(text)).toBe(`${'y'.repeat(10_000)}…`);
  expect(summarize('y'.repeat(10_000))).toBe('y'.repeat(10_000));
  const objects = summarize(Object.fromEntries(words.map((w, i) => [`k${i}`, w]))) as Record<
    string,
    ValueSummary
  >;
  expect(JSON.stringify(objects).length).toBeLessThan(11_000);
  expect(objects['…']).toEqual({ more: 500 - (Object.keys(objects).length - 1) });
});
