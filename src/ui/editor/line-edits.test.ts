import { expect, test } from 'vitest';
import { applyEdits, lineEdits } from './line-edits';

const cases: [string, string, string][] = [
  ['identical', 'a\nb\n', 'a\nb\n'],
  ['one comment line translated', '// one\ncode();\n// two\n', '// 一\ncode();\n// 二\n'],
  ['a comment grows by a line', '// a\n// b\nx();\n', '// あ\n// い\n// う\nx();\n'],
  ['a comment shrinks', 'x();\n// a\n// b\ny();', 'x();\n// あ\ny();'],
  ['the last line without a newline', 'a\nb', 'a\nc'],
  ['from empty', '', 'a\nb\n'],
  ['to empty', 'a\nb\n', ''],
  ['a newline added at the end', 'a', 'a\n'],
];

test.each(cases)('%s: the edits turn one text into the other', (_, before, after) => {
  expect(applyEdits(before, lineEdits(before, after))).toBe(after);
});

test('only the lines that differ are edited: the code between two comments is untouched', () => {
  const before = '// one\ncode();\nmore();\n// two\n';
  const edits = lineEdits(before, '// 一\ncode();\nmore();\n// 二\n');
  expect(edits).toEqual([
    { start: 0, end: 7, text: '// 一\n' },
    { start: 23, end: 30, text: '// 二\n' },
  ]);
});

test('texts too large to compare line by line get one edit between their common first and last lines', () => {
  const numbered = (prefix: string) => Array.from({ length: 1500 }, (_, i) => `${prefix} ${i}\n`).join('');
  const before = `first\n${numbered('line')}last\n`;
  const after = `first\n${numbered('row')}last\n`;
  const edits = lineEdits(before, after);
  expect(edits).toEqual([{ start: 6, end: before.length - 5, text: numbered('row') }]);
  expect(applyEdits(before, edits)).toBe(after);
});
