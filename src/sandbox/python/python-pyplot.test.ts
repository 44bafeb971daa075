// Our matplotlib.pyplot in a Python run: the figure reaches the report (the Charts panel) and
// savefig writes a PNG into the workspace.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { InterpreterPool } from './interpreters';
import { startPythonRun } from './python-run';
import { readFile, remove, exists } from '../../runtime/fs';
import { sniffKind } from '../../runtime/image/sniff';

const interpreters = new InterpreterPool({ spares: 2 });
beforeAll(() => interpreters.prepare(), 180_000);
afterAll(() => interpreters.dispose());

test(
  "the lab's chart calls draw a figure in the page and save it as a PNG",
  { timeout: 180_000 },
  async () => {
    if (await exists('python-pyplot-test.png')) await remove('python-pyplot-test.png');
    const source = `
import matplotlib.pyplot as plt
import numpy as np
times = [3.5, 1.75, 2.0]
labels = ['Sequential', 'Basic Parallel', 'Advanced Parallel']
x = np.arange(len(labels))
plt.figure(figsize=(10, 6))
plt.bar(x, times, color=['red', 'blue', 'green'])
plt.xlabel('Processing Method')
plt.ylabel('Execution Time (s)')
plt.title('Image Processing Performance Comparison')
plt.xticks(x, labels)
for i, v in enumerate(times):
    plt.text(i, v + 0.1, f"{v:.2f}s", ha='center')
plt.tight_layout()
plt.savefig('python-pyplot-test.png')
print("saved")
`;
    let figures: unknown[] = [];
    const report = await startPythonRun(
      { 'main.py': source },
      { entry: 'main.py', interpreters, onUpdate: (view) => (figures = view.figures) },
    ).report;
    expect(report.status, report.output.map((l) => l.text).join('\n')).toBe('ok');
    expect(report.plots).toBe(1);
    expect(figures).toEqual([
      {
        texts: [
          { x: 0, y: expect.closeTo(3.6) as number, text: '3.50s' },
          { x: 1, y: expect.closeTo(1.85) as number, text: '1.75s' },
          { x: 2, y: expect.closeTo(2.1) as number, text: '2.00s' },
        ],
        legend: false,
        size: [10, 6],
        series: [{ kind: 'bar', x: [0, 1, 2], heights: [3.5, 1.75, 2.0], color: ['red', 'blue', 'green'] }],
        xlabel: 'Processing Method',
        ylabel: 'Execution Time (s)',
        title: 'Image Processing Performance Comparison',
        xticks: { ticks: [0, 1, 2], labels: ['Sequential', 'Basic Parallel', 'Advanced Parallel'] },
      },
    ]);
    const png = await readFile('python-pyplot-test.png');
    expect(sniffKind(png)).toBe('png');
    expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBe(1000);
    expect(report.files).toContain('python-pyplot-test.png');
  },
);
