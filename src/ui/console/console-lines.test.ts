import { expect, test } from 'vitest';
import type { OutputLine } from '../../sandbox/report';
import { errorLocation } from '../../sandbox/error-location';
import { formatDuration, processChoices, processLabel, shownLines } from './console-lines';

function lines(count: number, pidOf: (i: number) => number = () => 1): OutputLine[] {
  return Array.from({ length: count }, (_, i) => ({ pid: pidOf(i), stream: 'log', text: `line ${i}`, t: i }));
}

test('100 000 lines are capped to the last `limit`, and the rest are counted', () => {
  const output = lines(100_000);
  const view = shownLines(output, { limit: 2000 });
  expect(view.lines).toHaveLength(2000);
  expect(view.hidden).toBe(98_000);
  expect(view.lines[0]?.line.text).toBe('line 98000');
  expect(view.lines.at(-1)?.index).toBe(99_999);
});

test('a pid filter keeps only that process, and counts only its hidden lines', () => {
  const output = lines(10, (i) => (i % 2 ? 2 : 1));
  const view = shownLines(output, { pids: new Set([2]), limit: 3 });
  expect(view.lines.map((s) => s.line.text)).toEqual(['line 5', 'line 7', 'line 9']);
  expect(view.hidden).toBe(2);
});

test('lines before `start` (cleared by the learner) are neither shown nor counted', () => {
  const view = shownLines(lines(10), { start: 8 });
  expect(view.lines.map((s) => s.index)).toEqual([8, 9]);
  expect(view.hidden).toBe(0);
});

test('the filter offers every process and every pid that printed, by pid', () => {
  const processes = [
    { pid: 2, ppid: 1, name: 'Worker', start: 0, end: 1, exitCode: 0 },
    { pid: 1, ppid: 0, name: 'MainProcess', start: 0, end: 1, exitCode: 0 },
  ];
  const choices = processChoices(
    processes,
    lines(3, (i) => [1, 5, 2][i] ?? 1),
  );
  expect(choices).toEqual([
    { pid: 1, name: 'MainProcess' },
    { pid: 2, name: 'Worker' },
    { pid: 5, name: null },
  ]);
  expect(processLabel(2, 'Worker')).toBe('pid 2 (Worker)');
  expect(processLabel(5, null)).toBe('pid 5');
});

test('an error is located at the first lesson file of its stack', () => {
  const stack = 'RangeError: negative weight\n    at check (main.ts:4:26)\n    at util.ts:9:3';
  expect(errorLocation(stack)).toEqual({ file: 'main.ts', line: 4, column: 26 });
  expect(errorLocation(stack, ['util.ts'])).toEqual({ file: 'util.ts', line: 9, column: 3 });
  expect(errorLocation('SyntaxError: x\n    at lib/util.ts:3:15')).toEqual({
    file: 'lib/util.ts',
    line: 3,
    column: 15,
  });
  expect(errorLocation('Error: boom\n    at f (http://127.0.0.1:4317/assets/runtime-x1.js:12:5)')).toBeNull();
  expect(errorLocation(undefined)).toBeNull();
});

test('a duration keeps three significant digits in µs, ms or s', () => {
  expect(formatDuration(0.0000042)).toBe('4.20 µs');
  expect(formatDuration(0.0005)).toBe('500 µs');
  expect(formatDuration(0.0123456)).toBe('12.3 ms');
  expect(formatDuration(2.5)).toBe('2.500 s');
});
