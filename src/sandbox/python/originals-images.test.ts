// The lab's image project (lessons 10-14, original/*.py) run unchanged in the page's Python
// mode, one after another on the same workspace as the lab runs them: each prints its
// lab-output template and writes the lab's files, and the pixels equal the TypeScript filters'.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { matchTemplate, parseTemplate, printedLines } from '../../../lessons/lab-output';
import { InterpreterPool } from './interpreters';
import { startPythonRun } from './python-run';
import { Image, ImageFilter } from '../../runtime/image';
import { exists, listdir, remove } from '../../runtime/fs';

const originals = import.meta.glob<string>('../../../lessons/1[0-4]-*/original/*.py', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const templates = import.meta.glob<string>('../../../lessons/1[0-4]-*/lab-output/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const file = (all: Record<string, string>, name: string) =>
  Object.entries(all).find(([path]) => path.endsWith(`/${name}`))?.[1] as string;

const scripts = [
  'create_images.py',
  'sequential_image_processing.py',
  'parallel_image_processing.py',
  'advanced_parallel_processing.py',
  'compare_performance.py',
];
const files = Object.fromEntries(scripts.map((name) => [name, file(originals, name)]));

const interpreters = new InterpreterPool({ spares: 4 });
beforeAll(() => interpreters.prepare(), 300_000);
afterAll(() => interpreters.dispose());

const folders = ['sample_images', 'processed_sequential', 'processed_parallel', 'processed_advanced'];

async function runScript(entry: string) {
  await interpreters.warm();
  const report = await startPythonRun(files, { entry, interpreters, timeScale: 0.1 }).report;
  const stderr = report.output.filter((l) => l.stream === 'error').map((l) => l.text);
  return { report, stderr, context: `${printedLines(report).join('\n')}\n--- stderr\n${stderr.join('\n')}` };
}

test(
  'without sample_images/, the sequential script ends with FileNotFoundError',
  { timeout: 300_000 },
  async () => {
    for (const folder of folders) if (await exists(folder)) await remove(folder, { recursive: true });
    const { report, stderr, context } = await runScript('sequential_image_processing.py');
    expect(report.status, context).toBe('error');
    expect(stderr.at(-1), context).toBe(
      "FileNotFoundError: [Errno 2] No such file or directory: 'sample_images'",
    );
  },
);

for (const script of scripts) {
  test(
    `${script} prints its lab-output template and writes the lab's files`,
    { timeout: 900_000 },
    async () => {
      const { report, context } = await runScript(script);
      const template = parseTemplate(file(templates, script.replace('.py', '.txt')));
      expect(matchTemplate(template, printedLines(report)), context).toEqual({ ok: true });
      expect(report.status, context).toBe('ok');
      const written = {
        'create_images.py': ['sample_images', 5],
        'sequential_image_processing.py': ['processed_sequential', 20],
        'parallel_image_processing.py': ['processed_parallel', 20],
        'advanced_parallel_processing.py': ['processed_advanced', 40],
      } as Record<string, [string, number]>;
      const expected = written[script];
      if (expected) expect((await listdir(expected[0])).length, context).toBe(expected[1]);
      else expect(await exists('performance_comparison.png')).toBe(true);
    },
  );
}

test(
  "the parallel script's pixels equal the TypeScript filters' on the same input",
  { timeout: 300_000 },
  async () => {
    const source = await Image.open('sample_images/sample_1.png');
    expect(source.size).toEqual([800, 600]);
    const pairs = [
      ['processed_parallel/blur_sample_1.png', ImageFilter.GaussianBlur(5)],
      ['processed_parallel/edges_sample_1.png', ImageFilter.FIND_EDGES],
      ['processed_advanced/contour_sample_1.png', ImageFilter.CONTOUR],
    ] as const;
    for (const [path, filter] of pairs)
      expect((await Image.open(path)).data, path).toEqual(source.filter(filter).data);
  },
);
