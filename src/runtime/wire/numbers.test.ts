import { expect, test } from 'vitest';
import { isShared, isView, packAllNumbers, packNumbers } from './numbers';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

test('without shared memory (a page that is not cross-origin isolated) a map packs into memory of its own', () => {
  const items = [...range(30), NaN, -0, Infinity];
  const packed = packAllNumbers(items, false);
  expect(packed?.buffer).toBeInstanceOf(ArrayBuffer);
  expect(isShared(packed as Float64Array)).toBe(false);
  expect(Array.from(packed as Float64Array)).toEqual(items);
  expect(Object.is(packed?.[31], -0)).toBe(true);
});

test('with shared memory the same items pack into a SharedArrayBuffer', () => {
  const packed = packAllNumbers(range(20), true) as Float64Array;
  expect(isShared(packed)).toBe(true);
  expect(isView(packed)).toBe(true);
  expect(Array.from(packed)).toEqual(range(20));
});

test('one item that is not a number, or too few items, and nothing is packed', () => {
  expect(packAllNumbers([...range(20), '20'], false)).toBeNull();
  expect(packAllNumbers(range(15), false)).toBeNull();
  expect(packNumbers([...range(20), null], 0, 21)).toBeNull();
  expect(Array.from(packNumbers(range(40), 10, 30) as Float64Array)).toEqual(range(30).slice(10));
});

test('with shared memory a map packs into a spare buffer big enough (one no worker reads any more), else into new memory', () => {
  const spare = new SharedArrayBuffer(8 * 30);
  const packed = packAllNumbers(range(20), true, spare) as Float64Array;
  expect(packed.buffer, 'reused').toBe(spare);
  expect(Array.from(packed)).toEqual(range(20));
  expect(packAllNumbers(range(40), true, spare)?.buffer, 'too small').not.toBe(spare);
  expect(isShared(packAllNumbers(range(20), false, spare) as Float64Array), 'not isolated').toBe(false);
});
