import { expect, test } from 'vitest';
import { matchTemplate, parseTemplate, printedLines, toTypeScriptForm } from './lab-output';
import { log, report } from './test-helpers';

const templates = import.meta.glob<string>('./*/lab-output/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const originals = import.meta.glob<string>('./*/original/*.py', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function template(lesson: string, script: string) {
  const text = templates[`./${lesson}/lab-output/${script}.txt`];
  if (text === undefined) throw new Error(`no template ${lesson}/${script}`);
  return parseTemplate(text);
}

const simpleProcess = template('01-first-worker', 'simple_process');
const poolExample = template('03-pool-basics', 'pool_example');

// The lab's own sample output of simple_process.py (LAB.md §2.1).
const labShows = [
  'Main process id: 12345',
  'Starting worker process...',
  'Worker process id: 12346',
  'Worker parent process id: 12345',
  'Worker process completed',
  'Main process completed',
];

const poolExampleRun = [
  ...['Processing 2...', 'Processing 1...', 'Processing 3...', 'Processing 4...', 'Processing 5...'],
  'Results: [1, 4, 9, 16, 25]',
  'Time taken: 3.02 seconds',
  ...['Processing 1...', 'Processing 2...', 'Processing 3...', 'Processing 4...', 'Processing 5...'],
  'Sequential results: [1, 4, 9, 16, 25]',
  'Sequential time: 5.00 seconds',
];

function problem(result: ReturnType<typeof matchTemplate>): string {
  return result.ok ? '' : result.problem;
}

test("the lab's sample output matches its template", () => {
  expect(matchTemplate(simpleProcess, labShows)).toEqual({ ok: true });
  expect(matchTemplate(poolExample, poolExampleRun)).toEqual({ ok: true });
});

test('a missing line fails, and says which', () => {
  const result = matchTemplate(simpleProcess, labShows.slice(0, -1));
  expect(problem(result)).toMatch(/^missing line 6: expected «Main process completed»/);
});

test('a line left over after the template fails', () => {
  expect(problem(matchTemplate(simpleProcess, [...labShows, 'Hello from Alice']))).toMatch(
    /^line 7: printed «Hello from Alice» after the last line/,
  );
});

test('a wrong number fails, in a literal value and in a bound placeholder', () => {
  const wrongResult = poolExampleRun.map((l) => l.replace('[1, 4, 9, 16, 25]', '[1, 4, 9, 16, 24]'));
  expect(problem(matchTemplate(poolExample, wrongResult))).toMatch(
    /^line 6: expected «Results: \[1, 4, 9, 16, 25\]»/,
  );
  const otherParent = labShows.map((l) => l.replace('parent process id: 12345', 'parent process id: 1'));
  expect(problem(matchTemplate(simpleProcess, otherParent))).toMatch(/^line 4:/);
});

test('a number in the wrong format fails', () => {
  const threeDecimals = poolExampleRun.map((l) => l.replace('3.02 seconds', '3.021 seconds'));
  expect(problem(matchTemplate(poolExample, threeDecimals))).toMatch(/^line 7:/);
  const notAnInteger = labShows.map((l) => l.replace('Worker process id: 12346', 'Worker process id: Alice'));
  expect(problem(matchTemplate(simpleProcess, notAnInteger))).toMatch(/^line 3:/);
});

test('lines in the wrong order fail where the order is fixed, and pass where it is not', () => {
  const swapped = [...poolExampleRun];
  [swapped[7], swapped[8]] = [swapped[8] ?? '', swapped[7] ?? ''];
  expect(problem(matchTemplate(poolExample, swapped))).toMatch(/^line 8: expected «Processing 1...»/);
  const reversedWorkers = [...poolExampleRun.slice(0, 5).reverse(), ...poolExampleRun.slice(5)];
  expect(matchTemplate(poolExample, reversedWorkers)).toEqual({ ok: true });
  const swappedMain = [...labShows];
  [swappedMain[0], swappedMain[1]] = [swappedMain[1] ?? '', swappedMain[0] ?? ''];
  expect(matchTemplate(simpleProcess, swappedMain).ok).toBe(false);
});

test('an any-order group wants each of its lines once, not one line twice', () => {
  const twice = poolExampleRun.map((l, i) => (i === 1 ? 'Processing 2...' : l));
  expect(problem(matchTemplate(poolExample, twice))).toMatch(/^lines 1–5: expected, in any order/);
});

test("an any-order group keeps the order of each [label]'s lines: one process's lines", () => {
  const multiple = template('02-several-workers', 'multiple_processes');
  const labShows = [
    'Main process PID: 12345',
    'Worker 0 (PID: 12346) started',
    'Worker 1 (PID: 12347) started',
    'Worker 2 (PID: 12348) started',
    'Worker 0 completed',
    'Worker 1 completed',
    'Worker 2 completed',
    'All processes completed',
  ];
  expect(matchTemplate(multiple, labShows)).toEqual({ ok: true });
  // Workers that start late, one after another, still print the same lines.
  const staggered = [0, 1, 2].flatMap((i) => [
    `Worker ${i} (PID: ${i + 2}) started`,
    `Worker ${i} completed`,
  ]);
  expect(matchTemplate(multiple, ['Main process PID: 1', ...staggered, 'All processes completed'])).toEqual({
    ok: true,
  });
  // But a worker cannot complete before it started.
  const backwards = [labShows[0] ?? '', labShows[4] ?? '', ...labShows.slice(1, 4), ...labShows.slice(5)];
  expect(problem(matchTemplate(multiple, backwards))).toMatch(/^lines 2–7: expected, in any order/);
});

test('an empty line in the template is an empty printed line (print("\\n…"))', () => {
  const poolApply = template('06-apply-async', 'pool_apply');
  const run = [
    'Starting tasks with apply()...',
    'Starting task 1 with duration 2s and data: [1, 2, 3]',
    'Task 1 completed',
    'Result 1: 6',
    'Starting task 2 with duration 1s and data: [4, 5, 6]',
    'Task 2 completed',
    'Result 2: 30',
    '',
    'Starting tasks with apply_async()...',
    'Tasks are running in the background...',
    'Starting task 3 with duration 3s and data: [7, 8, 9]',
    'Starting task 4 with duration 2s and data: [10, 11, 12]',
    'Main process is doing other work...',
    'Task 4 completed',
    'Task 3 completed',
    'Result 3: 72',
    'Result 4: 132',
  ];
  expect(matchTemplate(poolApply, run)).toEqual({ ok: true });
  expect(
    matchTemplate(
      poolApply,
      run.filter((l) => l !== ''),
    ).ok,
  ).toBe(false);
});

test("the 'ts' dialect reads tuples and numpy arrays in console.log's form, 'py' does not", () => {
  expect(toTypeScriptForm('Results summary: [(0, 250000), (250000, 500000)]')).toBe(
    'Results summary: [[0, 250000], [250000, 500000]]',
  );
  expect(toTypeScriptForm('First 5 elements after processing: [ 0.  1.  4.  9. 16.]')).toBe(
    'First 5 elements after processing: [0, 1, 4, 9, 16]',
  );
  expect(toTypeScriptForm('[0.5 1.25] (7,) [4.]')).toBe('[0.5, 1.25] [7] [4]');
  // Not values: a parenthesised word, one number in brackets or parentheses, a Python list.
  for (const text of ['Worker 0 (PID: 12) started', 'list [5] and (5)', 'Results: [1, 4, 9]']) {
    expect(toTypeScriptForm(text)).toBe(text);
  }
  const intended = template('08-shared-memory', 'shared_memory_fixed_ours');
  const ts = [
    'Array initialized with size 1000000',
    'First 5 elements: [0, 1, 2, 3, 4]',
    'Starting parallel processing...',
    ...[0, 250000, 500000, 750000].map((a) => `Processing chunk from index ${a} to ${a + 250000}`).reverse(),
    'Processing completed in 0.31 seconds',
    'First 5 elements after processing: [0, 1, 4, 9, 16]',
    'Results summary: [[0, 250000], [250000, 500000], [500000, 750000], [750000, 1000000]]',
  ];
  expect(matchTemplate(intended, ts, { dialect: 'ts' })).toEqual({ ok: true });
  expect(problem(matchTemplate(intended, ts, { dialect: 'py' }))).toMatch(/^line 2:/);
  const wrongChunk = ts.map((l) => l.replace('[500000, 750000]', '[500000, 750001]'));
  expect(matchTemplate(intended, wrongChunk, { dialect: 'ts' }).ok).toBe(false);
});

test('an error template keeps its exit code and error line for the caller', () => {
  const crash = template('08-shared-memory', 'shared_memory_example');
  expect(crash.exitCode).toBe(1);
  expect(crash.error).toBe(
    'RuntimeError: SynchronizedArray objects should only be shared between processes through inheritance',
  );
  expect(simpleProcess).toMatchObject({ exitCode: 0, error: null });
});

test('a malformed template is refused when it is read, with its line', () => {
  expect(() => parseTemplate('Start\n@any-order\nA')).toThrow(/line 2: @any-order without @end/);
  expect(() => parseTemplate('@anyorder')).toThrow(/line 1: unknown or misplaced directive/);
  expect(() => parseTemplate('@end')).toThrow(/line 1/);
  expect(() => parseTemplate('ok\nResult: {x:.2g}')).toThrow(/line 2: a brace that is not a placeholder/);
});

test('every template parses and is named after a Python script of its lesson', () => {
  expect(Object.keys(templates).length).toBeGreaterThan(0);
  for (const [path, text] of Object.entries(templates)) {
    const parsed = parseTemplate(text);
    expect(parsed.items.length, path).toBeGreaterThan(0);
    const script = path.replace('/lab-output/', '/original/').replace(/\.txt$/, '.py');
    expect(originals[script], `${path} describes ${script}`).toBeDefined();
  }
});

test('printedLines reads console.log lines in order, a newline making two lines', () => {
  const run = report({
    output: [
      log(1, 'Result 2: 30', 0.1),
      log(1, '\nStarting tasks with apply_async()...', 0.2),
      log(2, 'a warning', 0.25, 'error'),
      log(2, 'Starting task 3 with duration 3s and data: [7, 8, 9]', 0.3),
    ],
  });
  expect(printedLines(run)).toEqual([
    'Result 2: 30',
    '',
    'Starting tasks with apply_async()...',
    'Starting task 3 with duration 3s and data: [7, 8, 9]',
  ]);
});
