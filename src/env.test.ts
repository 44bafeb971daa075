import { expect, test } from 'vitest';

test('unit tests run cross-origin isolated, so workers can share memory', () => {
  expect(crossOriginIsolated).toBe(true);
  expect(typeof SharedArrayBuffer).toBe('function');
});
