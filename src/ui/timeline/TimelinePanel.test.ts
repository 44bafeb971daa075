import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { createElement } from 'react';
import { Chart } from 'chart.js';
import type { ProcessRecord, TaskSpan } from '../../sandbox/report';
import { setLanguage } from '../i18n/language';
import { render, type Rendered } from '../test-render';
import { TimelinePanel } from './TimelinePanel';
import type { TimelineSource } from './timeline-data';

const processes: ProcessRecord[] = [
  { pid: 1, ppid: 0, name: 'MainProcess', start: 0, end: null, exitCode: null },
  { pid: 2, ppid: 1, name: 'PoolWorker-1', start: 0.01, end: null, exitCode: null },
];

function source(taskCount: number, seconds = 1): TimelineSource {
  const tasks: TaskSpan[] = Array.from({ length: taskCount }, (_, i) => ({
    pid: 2,
    fn: 'square',
    start: i * 0.001,
    end: i * 0.001 + 0.0005,
    ok: true,
    args: [i],
  }));
  return { seconds, processes, tasks };
}

let rendered: Rendered | null = null;
beforeAll(() => setLanguage('en'));
afterEach(async () => {
  await rendered?.unmount();
  rendered = null;
});

async function chartOf(container: HTMLElement): Promise<Chart> {
  const canvas = container.querySelector('canvas');
  return vi.waitFor(() => {
    const chart = canvas && Chart.getChart(canvas);
    if (!chart) throw new Error('the chart is not drawn yet');
    return chart;
  });
}

test('one row per process and a bar per task, updated in place as the run goes on', async () => {
  rendered = await render(createElement(TimelinePanel, { report: source(3, 0.5), running: true }));
  const chart = await chartOf(rendered.container);
  await vi.waitFor(() => expect(chart.data.labels).toEqual(['pid 1 (MainProcess)', 'pid 2 (PoolWorker-1)']));
  expect(chart.data.datasets[0]?.data).toHaveLength(3);
  expect(rendered.container.textContent).toContain('Elapsed: 0.500 s (running)');

  await rendered.rerender(createElement(TimelinePanel, { report: source(5, 0.8), running: false }));
  await vi.waitFor(() => expect(chart.data.datasets[0]?.data).toHaveLength(5));
  // The same chart, not a new one per update.
  expect(Chart.getChart(rendered.container.querySelector('canvas') as HTMLCanvasElement)).toBe(chart);
  expect(rendered.container.textContent).toContain('Elapsed: 0.800 s');
  expect(rendered.container.querySelector('canvas')?.getAttribute('aria-label')).toBe(
    'Timeline: 2 processes, 5 tasks, 0.800 s',
  );
});

test('100 000 tasks are drawn as merged bars, and the panel says so', async () => {
  rendered = await render(createElement(TimelinePanel, { report: source(100_000, 100), running: false }));
  const chart = await chartOf(rendered.container);
  await vi.waitFor(() => expect(chart.data.datasets[0]?.data.length).toBeGreaterThan(0));
  expect(chart.data.datasets[0]?.data.length).toBeLessThanOrEqual(2000);
  expect(rendered.container.querySelector('.timeline-note')?.textContent).toMatch(
    /^100,000 tasks drawn as [\d,]+ bars/,
  );
});

test('while a run goes on the chart draws at most 500 bars, and all of them once it ends', async () => {
  rendered = await render(createElement(TimelinePanel, { report: source(1000, 1), running: true }));
  const chart = await chartOf(rendered.container);
  await vi.waitFor(() => expect(chart.data.datasets[0]?.data.length).toBeGreaterThan(0));
  expect(chart.data.datasets[0]?.data.length).toBeLessThanOrEqual(500);
  expect(rendered.container.querySelector('.timeline-note')?.textContent).toMatch(/^1,000 tasks drawn as/);

  await rendered.rerender(createElement(TimelinePanel, { report: source(1000, 1), running: false }));
  await vi.waitFor(() => expect(chart.data.datasets[0]?.data).toHaveLength(1000));
  expect(rendered.container.querySelector('.timeline-note')).toBeNull();
});

test('before a run the panel says what it will show', async () => {
  rendered = await render(createElement(TimelinePanel, { report: null, running: false }));
  expect(rendered.container.textContent).toContain('Run the program to see');
});

test('hovering a task bar shows its function, duration and arguments', async () => {
  rendered = await render(createElement(TimelinePanel, { report: source(3, 0.01), running: false }));
  const chart = await chartOf(rendered.container);
  await vi.waitFor(() => expect(chart.getDatasetMeta(0).data).toHaveLength(3));
  const bar = chart.getDatasetMeta(0).data[1];
  const { x, y } = bar?.tooltipPosition(false) ?? {};
  if (x == null || y == null) throw new Error('no bar drawn for the second task');
  const box = chart.canvas.getBoundingClientRect();
  chart.canvas.dispatchEvent(
    new MouseEvent('mousemove', { clientX: box.left + x, clientY: box.top + y, bubbles: true }),
  );
  await vi.waitFor(() => expect(chart.tooltip?.getActiveElements().length).toBeGreaterThan(0));
  const lines = chart.tooltip?.body.flatMap((part) => part.lines) ?? [];
  expect(chart.tooltip?.title).toEqual(['pid 2 (PoolWorker-1)']);
  expect(lines).toEqual(['square', 'Duration 500 µs', 'Arguments: 1']);
});
