import { describe, expect, test } from 'vitest';
import ts from 'typescript';
import { codeLanguageOf, commentUnits, translateComments, translateFiles } from './comment-language';
import type { CommentTranslations } from './types';

const texts = (source: string, language: 'ts' | 'py' = 'ts'): string[] =>
  commentUnits(source, language).map((unit) => unit.text);

describe('comment units of TypeScript', () => {
  test('a run of whole-line comments at one indentation is one unit; a blank line or another indentation starts the next', () => {
    const source = [
      '// First line',
      '// second line',
      '',
      '// After a blank line',
      'if (x) {',
      '  // Inside',
      '  //   keeps its own indentation',
      '  //',
      '  // after an empty comment line',
      '// back out',
      '}',
    ].join('\n');
    expect(commentUnits(source, 'ts')).toEqual([
      { kind: 'lines', text: 'First line\nsecond line', line: 1 },
      { kind: 'lines', text: 'After a blank line', line: 4 },
      { kind: 'lines', text: 'Inside\n  keeps its own indentation\n\nafter an empty comment line', line: 6 },
      { kind: 'lines', text: 'back out', line: 10 },
    ]);
  });

  test('the comment that ends a line of code is a unit of its own, apart from the comments around it', () => {
    const source = '// Above\nsleep(delay); // Simulate work   \n// Below\n';
    expect(commentUnits(source, 'ts')).toEqual([
      { kind: 'lines', text: 'Above', line: 1 },
      { kind: 'trailing', text: 'Simulate work', line: 2 },
      { kind: 'lines', text: 'Below', line: 3 },
    ]);
  });

  test('block comments lose their markers and gutters', () => {
    const source = [
      '/** Apply a series of filters */',
      'export function f() {}',
      '  /*',
      '   * Two lines',
      '   * of text',
      '   */',
      'const x = /* inline */ 1;',
    ].join('\n');
    expect(commentUnits(source, 'ts')).toEqual([
      { kind: 'block', text: 'Apply a series of filters', line: 1 },
      { kind: 'block', text: 'Two lines\nof text', line: 3 },
      { kind: 'block', text: 'inline', line: 7 },
    ]);
  });

  test('strings, templates, regular expressions and URLs hide their slashes; a template substitution holds real comments', () => {
    const source = [
      "const url = 'http://example.com/a'; // after a URL",
      'const s = "// not a comment", t = \'/* nor this */\';',
      'const tpl = `line // not ${x /* real */ + `${y} // deep`} /* still text */`; // after a template',
      'const re = /\\/\\/+|[/*]/g.test(s) ? a / b : c; // after a regex and a division',
      'const re2 = x.split(/[#/]/); // after a class with a slash',
      "const q = 'it\\'s // quoted';",
      '/* unterminated',
    ].join('\n');
    expect(texts(source)).toEqual([
      'after a URL',
      'real',
      'after a template',
      'after a regex and a division',
      'after a class with a slash',
      'unterminated',
    ]);
  });

  test('a regular expression after return or in an argument list is not a division', () => {
    const source = 'function f(s) {\n  return /"/.test(s); // quote\n}\ng(1, /\'/); // apostrophe\n';
    expect(texts(source)).toEqual(['quote', 'apostrophe']);
  });

  test('an empty comment is no unit', () => {
    expect(texts('//\nx(); //\n/**/\n')).toEqual([]);
  });
});

describe('comment units of Python', () => {
  test('# comments, past every kind of string', () => {
    const source = [
      'import time',
      '',
      'def f(x):',
      '    """A docstring # with a hash',
      '    # and a line that looks like a comment',
      '    """',
      "    s = '# not' + \"# nor\" + r'\\'#' + f\"{x} # no\"  # after strings",
      "    u = 'http://example.com/#anchor'",
      '    # Whole line',
      '    # second line',
      "    t = '''",
      "# inside triple quotes'''",
      '# top level',
    ].join('\n');
    expect(commentUnits(source, 'py')).toEqual([
      { kind: 'trailing', text: 'after strings', line: 7 },
      { kind: 'lines', text: 'Whole line\nsecond line', line: 9 },
      { kind: 'lines', text: 'top level', line: 13 },
    ]);
  });
});

const table: CommentTranslations = {
  'Simulate work': '作業を模擬する',
  'apply() waits until the result is ready': 'apply() は結果が出るまで待つ',
  'Exercise: give both calls a callback\nthat prints the result.':
    '練習: 両方の呼び出しに\ncallback を渡し、\n結果を表示する。',
  'Apply a series of filters': '一連のフィルターを適用する',
  'Two lines\nof text': '二行の\n文章',
  'One line': '一行目\n二行目',
};

const english = [
  '/** Apply a series of filters */',
  'export function task(delay: number): void {',
  '  sleep(delay); // Simulate work',
  '}',
  '',
  'if (import.meta.main) {',
  '    // apply() waits until the result is ready',
  '    const r = await pool.apply(task, [1]);',
  '    // Exercise: give both calls a callback',
  '    // that prints the result.',
  "    const s = '// Simulate work'; // my own note",
  '  /*',
  '   * Two lines',
  '   * of text',
  '   */',
  '  /** One line */',
  '}',
  '',
].join('\n');

const japanese = [
  '/** 一連のフィルターを適用する */',
  'export function task(delay: number): void {',
  '  sleep(delay); // 作業を模擬する',
  '}',
  '',
  'if (import.meta.main) {',
  '    // apply() は結果が出るまで待つ',
  '    const r = await pool.apply(task, [1]);',
  '    // 練習: 両方の呼び出しに',
  '    // callback を渡し、',
  '    // 結果を表示する。',
  "    const s = '// Simulate work'; // my own note",
  '  /*',
  '   * 二行の',
  '   * 文章',
  '   */',
  '  /**',
  '   * 一行目',
  '   * 二行目',
  '   */',
  '}',
  '',
].join('\n');

describe('translating comments', () => {
  test('English to Japanese: every known unit, with its markers and indentation; code, strings and unknown comments untouched', () => {
    expect(translateComments(english, 'ts', table, 'ja')).toBe(japanese);
  });

  test('Japanese back to English gives the very source it came from', () => {
    expect(translateComments(japanese, 'ts', table, 'en')).toBe(english);
  });

  test('translating to the language a source is already in changes nothing', () => {
    expect(translateComments(english, 'ts', table, 'en')).toBe(english);
    expect(translateComments(japanese, 'ts', table, 'ja')).toBe(japanese);
  });

  test("the learner's edits survive: an edited comment stays as written, an edited line of code keeps its comment translated", () => {
    const edited = english
      .replace('sleep(delay);', 'sleep(delay * 2);')
      .replace('// that prints the result.', '// that prints the result twice.');
    const shown = translateComments(edited, 'ts', table, 'ja');
    expect(shown).toContain('  sleep(delay * 2); // 作業を模擬する');
    expect(shown).toContain(
      '    // Exercise: give both calls a callback\n    // that prints the result twice.',
    );
    expect(translateComments(shown, 'ts', table, 'en')).toBe(edited);
  });

  test('a multi-line translation of a trailing comment stays on its line of code', () => {
    const shown = translateComments('x(); // One line\n', 'ts', table, 'ja');
    expect(shown).toBe('x(); // 一行目 二行目\n');
  });

  test('a translation that would end a block comment early is not used', () => {
    const source = '/** Apply a series of filters */\n';
    expect(translateComments(source, 'ts', { 'Apply a series of filters': 'a */ b' }, 'ja')).toBe(source);
  });

  test('Windows line ends are kept', () => {
    const source = english.replaceAll('\n', '\r\n');
    const shown = translateComments(source, 'ts', table, 'ja');
    expect(shown).toBe(japanese.replaceAll('\n', '\r\n'));
    expect(translateComments(shown, 'ts', table, 'en')).toBe(source);
  });

  test('Python comments, in both directions', () => {
    const python = [
      'def f(delay):',
      '    time.sleep(delay)  # Simulate work',
      '    # apply() waits until the result is ready',
      "    print('# Simulate work')",
    ].join('\n');
    const shown = translateComments(python, 'py', table, 'ja');
    expect(shown).toBe(
      [
        'def f(delay):',
        '    time.sleep(delay)  # 作業を模擬する',
        '    # apply() は結果が出るまで待つ',
        "    print('# Simulate work')",
      ].join('\n'),
    );
    expect(translateComments(shown, 'py', table, 'en')).toBe(python);
  });

  test('translateFiles picks the language of each file by its name and leaves other files alone', () => {
    const files = {
      'main.ts': 'f(); // Simulate work\n',
      'pool.py': 'f()  # Simulate work\n',
      'notes.txt': '// Simulate work\n',
    };
    expect(translateFiles(files, table, 'ja')).toEqual({
      'main.ts': 'f(); // 作業を模擬する\n',
      'pool.py': 'f()  # 作業を模擬する\n',
      'notes.txt': '// Simulate work\n',
    });
    expect(translateFiles(files, {}, 'ja')).toEqual(files);
  });

  test('file names', () => {
    expect(['main.ts', 'a.tsx', 'b.mjs', 'pool_map.py', 'x.txt', 'py'].map(codeLanguageOf)).toEqual([
      'ts',
      'ts',
      'ts',
      'py',
      null,
      null,
    ]);
  });
});

const lessonSources = import.meta.glob<string>('/lessons/*/{files,solution,original}/**', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * What TypeScript's own parser sees in a source: the text of every token, and every comment.
 * Its tokens are read in context, so a regex, a division and a template's parts are told apart.
 */
function typeScriptView(source: string): { tokens: string[]; comments: string[] } {
  const file = ts.createSourceFile('main.ts', source, ts.ScriptTarget.Latest, true);
  const tokens: string[] = [];
  const comments = new Map<number, string>();
  const addComments = (ranges: ts.CommentRange[] | undefined): void => {
    for (const { pos, end } of ranges ?? []) comments.set(pos, source.slice(pos, end));
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJSDoc(node)) return;
    const children = node.getChildren(file);
    if (children.length === 0) {
      tokens.push(node.getText(file));
      addComments(ts.getLeadingCommentRanges(source, node.getFullStart()));
      addComments(ts.getTrailingCommentRanges(source, node.getEnd()));
    }
    children.forEach(visit);
  };
  visit(file);
  return { tokens, comments: [...comments.entries()].sort(([a], [b]) => a - b).map(([, text]) => text) };
}

describe('every lesson file', () => {
  const files = Object.entries(lessonSources).filter(([path]) => codeLanguageOf(path));

  test('the lessons have TypeScript and Python sources to test with', () => {
    expect(files.filter(([path]) => path.endsWith('.ts')).length).toBeGreaterThan(20);
    expect(files.filter(([path]) => path.endsWith('.py')).length).toBeGreaterThan(10);
  });

  /**
   * A stand-in translation of each unit: a run of line comments one or three lines long; a block
   * as many lines as it has (its shape follows the number of lines); a trailing comment one line.
   */
  function standIns(units: ReturnType<typeof commentUnits>): Record<string, string> {
    const lines = (unit: (typeof units)[number], i: number): number =>
      unit.kind === 'lines' ? (i % 2 ? 1 : 3) : unit.kind === 'block' ? unit.text.split('\n').length : 1;
    const stand: Record<string, string> = {};
    units.forEach((unit, i) => {
      const shape = units.filter((other) => other.text === unit.text).map((other) => lines(other, i));
      stand[unit.text] ??= [`訳 ${i}`, '二行目', '三行目', '四行目', '五行目']
        .slice(0, Math.min(...shape))
        .join('\n');
    });
    return stand;
  }

  test('its comments, translated to stand-ins of other lengths and back, give the same source', () => {
    for (const [path, source] of files) {
      const language = codeLanguageOf(path) as 'ts' | 'py';
      const units = commentUnits(source, language);
      const stand = standIns(units);
      const shown = translateComments(source, language, stand, 'ja');
      expect(
        commentUnits(shown, language).map((unit) => unit.text),
        path,
      ).toEqual(units.map((unit) => stand[unit.text]));
      expect(translateComments(shown, language, stand, 'en'), path).toBe(source);
    }
  });

  test("TypeScript's parser agrees: the same code tokens after translation, and no comment left untranslated", () => {
    for (const [path, source] of files.filter(([name]) => codeLanguageOf(name) === 'ts')) {
      const stand = standIns(commentUnits(source, 'ts'));
      const before = typeScriptView(source);
      const after = typeScriptView(translateComments(source, 'ts', stand, 'ja'));
      expect(after.tokens, path).toEqual(before.tokens);
      expect(before.comments.length, path).toBeGreaterThan(0);
      for (const comment of after.comments) {
        expect(comment.replace(/訳 \d+|[二三四五]行目/g, ''), path).toMatch(/^[/*\s]*$/);
      }
    }
  });
});
