import { expect, test } from 'vitest';
import { ChunkResults } from './chunk-results';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

test('numbers go straight into a Float64Array, exactly: NaN, -0, ±Infinity, fractions', () => {
  const given = [...range(16), NaN, -0, Infinity, -Infinity, 0.1 + 0.2, 2 ** 53 + 2];
  const results = new ChunkResults(given.length);
  given.forEach((value, i) => results.set(i, value));
  const all = results.all;
  expect(all).toBeInstanceOf(Float64Array);
  expect(Array.from(all)).toEqual(given);
  expect(Object.is(all[17], -0), '-0 stays -0').toBe(true);
});

test('the first value that is not a number turns them all into a list, the numbers before it kept', () => {
  const given: unknown[] = [...range(20), 'twenty', { n: 21 }, 22, undefined, 24];
  const results = new ChunkResults(given.length);
  given.forEach((value, i) => results.set(i, value));
  expect(results.all).not.toBeInstanceOf(Float64Array);
  expect(results.all).toEqual(given);
});

test('results set out of order (an awaited task) land in their own slots', () => {
  const results = new ChunkResults(20);
  for (const i of range(20).reverse()) results.set(i, i === 3 ? 'three' : i * 10);
  expect(results.all).toEqual(range(20).map((i) => (i === 3 ? 'three' : i * 10)));
});

test('first(n): the results before a failed task, as a list, packed or not', () => {
  const packed = new ChunkResults(32);
  for (const i of range(5)) packed.set(i, i + 0.5);
  expect(packed.first(5)).toEqual([0.5, 1.5, 2.5, 3.5, 4.5]);
  const listed = new ChunkResults(32);
  listed.set(0, 1);
  listed.set(1, 'b');
  expect(listed.first(2)).toEqual([1, 'b']);
});

test('fewer than 16 results stay a list even when all are numbers (wire/numbers.ts minPacked)', () => {
  const results = new ChunkResults(3);
  range(3).forEach((i) => results.set(i, i));
  expect(results.all).toEqual([0, 1, 2]);
  expect(results.all).not.toBeInstanceOf(Float64Array);
});
