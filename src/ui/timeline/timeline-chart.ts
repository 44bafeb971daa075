// The timeline drawn with Chart.js: floating horizontal bars, one row per process, process
// lifetimes as faint bars behind the task bars. The chart is created once and updated in
// place, in a page task of its own, only the latest data however often the live report changes.
import type { ChartDataset, TooltipItem } from 'chart.js';
import { Chart, themeColors, type ThemeColors } from '../charts/chart-js';
import type { LifetimeBar, TaskBar, TimelineData } from './timeline-data';

/** Everything the chart writes in words, in the learner's language. */
export interface TimelineWords {
  seconds: string;
  lifetimes: string;
  tasks: string;
  failedTasks: string;
  describeLifetime(bar: LifetimeBar, end: number): string[];
  describeTask(bar: TaskBar): string[];
}

type Point = { x: [number, number]; y: string };
type BarDataset = ChartDataset<'bar', Point[]>;

// The datasets, in legend order: tasks, failed tasks, process lifetimes.
const taskDataset = 0;
const lifetimeDataset = 2;

const emptyData: TimelineData = {
  rows: [],
  lifetimes: [],
  tasks: [],
  taskCount: 0,
  merged: false,
  mergeGap: 0,
  end: 0,
};

export class TimelineChart {
  private readonly chart: Chart<'bar', Point[], string>;
  private data: TimelineData = emptyData;
  // The drawn task bars by dataset, so a tooltip finds the bar it points at.
  private okBars: TaskBar[] = [];
  private failedBars: TaskBar[] = [];
  private pending: TimelineData | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    canvas: HTMLCanvasElement,
    private words: TimelineWords,
  ) {
    this.chart = new Chart<'bar', Point[], string>(canvas, {
      type: 'bar',
      data: { labels: [], datasets: this.datasets(themeColors()) },
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { type: 'linear', min: 0, title: { display: true } },
          y: { type: 'category', grid: { display: false } },
        },
        plugins: {
          legend: {
            // Datasets in their own order (tasks first), not in drawing order.
            labels: {
              sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0),
              filter: (item, data) => (data.datasets[item.datasetIndex ?? 0]?.data.length ?? 0) > 0,
            },
          },
          tooltip: {
            callbacks: {
              title: (items) => items[0]?.label ?? '',
              label: (item) => this.describe(item),
            },
          },
        },
      },
    });
    this.applyWords();
    this.applyTheme();
  }

  /**
   * Shows `data` soon (only the latest data is drawn). The draw is a page task of its own: in an
   * animation frame it ran in the same task as the run's live update and React's redraw of the
   * panels, and together they made the page's longest tasks during a run (a CPU-bound run's
   * profile on the 2-core host: 50-150 ms of each long task was this draw).
   */
  update(data: TimelineData): void {
    this.pending = data;
    this.timer ??= setTimeout(() => {
      this.timer = null;
      if (this.pending) this.draw(this.pending);
      this.pending = null;
    });
  }

  setWords(words: TimelineWords): void {
    this.words = words;
    this.applyWords();
    this.chart.update('none');
  }

  /** Re-reads the page's colours (the system switched between light and dark). */
  applyTheme(): void {
    const colors = themeColors();
    const fresh = this.datasets(colors);
    this.chart.data.datasets.forEach((dataset, i) => {
      const styled = fresh[i];
      if (styled)
        Object.assign(dataset, { backgroundColor: styled.backgroundColor, borderColor: styled.borderColor });
    });
    const { x, y } = this.chart.options.scales ?? {};
    for (const scale of [x, y]) {
      if (!scale) continue;
      scale.ticks = { ...scale.ticks, color: colors.muted };
      scale.grid = { ...scale.grid, color: colors.border };
    }
    if (x && 'title' in x && x.title) x.title.color = colors.muted;
    const legend = this.chart.options.plugins?.legend;
    if (legend?.labels) legend.labels.color = colors.fg;
    this.chart.update('none');
  }

  destroy(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.chart.destroy();
  }

  private draw(data: TimelineData): void {
    this.data = data;
    const labelOf = new Map(data.rows.map((row) => [row.pid, row.label]));
    const label = (pid: number) => labelOf.get(pid) ?? `pid ${pid}`;
    const [tasks, failed, lifetimes] = this.chart.data.datasets as [BarDataset, BarDataset, BarDataset];
    lifetimes.data = data.lifetimes.map((bar) => ({
      x: [bar.start, bar.end ?? data.end],
      y: label(bar.pid),
    }));
    const okBars = data.tasks.filter((bar) => bar.ok);
    const failedBars = data.tasks.filter((bar) => !bar.ok);
    tasks.data = okBars.map((bar) => ({ x: [bar.start, bar.end], y: label(bar.pid) }));
    failed.data = failedBars.map((bar) => ({ x: [bar.start, bar.end], y: label(bar.pid) }));
    this.okBars = okBars;
    this.failedBars = failedBars;
    this.chart.data.labels = data.rows.map((row) => row.label);
    const x = this.chart.options.scales?.x;
    if (x) x.max = Math.max(data.end, 0.001);
    this.chart.update('none');
  }

  private describe(item: TooltipItem<'bar'>): string[] {
    if (item.datasetIndex === lifetimeDataset) {
      const bar = this.data.lifetimes[item.dataIndex];
      return bar ? this.words.describeLifetime(bar, this.data.end) : [];
    }
    const bar = (item.datasetIndex === taskDataset ? this.okBars : this.failedBars)[item.dataIndex];
    return bar ? this.words.describeTask(bar) : [];
  }

  private applyWords(): void {
    const [tasks, failed, lifetimes] = this.chart.data.datasets;
    if (lifetimes) lifetimes.label = this.words.lifetimes;
    if (tasks) tasks.label = this.words.tasks;
    if (failed) failed.label = this.words.failedTasks;
    const x = this.chart.options.scales?.x;
    if (x && 'title' in x && x.title) x.title.text = this.words.seconds;
  }

  private datasets(colors: ThemeColors): BarDataset[] {
    // `grouped: false` overlays the three datasets in one row per process instead of side by
    // side; a lower `order` is drawn on top, so tasks cover the lifetime bar behind them.
    // Minimum bar length: a 1 ms task in a 10 s run still shows. Task bars have no border:
    // Chart.js draws a bordered bar as a clip, an even-odd fill and a fill, and with hundreds of
    // bars that was most of the chart's draw (clip alone 38 ms of a run's long tasks, profiled).
    const base = { grouped: false, borderSkipped: false, borderWidth: 1 } as const;
    return [
      {
        ...base,
        borderWidth: 0,
        label: '',
        data: [],
        order: 1,
        barPercentage: 0.55,
        categoryPercentage: 1,
        backgroundColor: withAlpha(colors.accent, 0.85),
        borderColor: colors.accent,
        minBarLength: 2,
      },
      {
        ...base,
        label: '',
        data: [],
        borderWidth: 0,
        order: 0,
        barPercentage: 0.55,
        categoryPercentage: 1,
        backgroundColor: withAlpha(colors.err, 0.85),
        borderColor: colors.err,
        minBarLength: 2,
      },
      {
        ...base,
        label: '',
        data: [],
        order: 2,
        barPercentage: 0.9,
        categoryPercentage: 1,
        backgroundColor: withAlpha(colors.muted, 0.18),
        borderColor: withAlpha(colors.muted, 0.45),
      },
    ];
  }
}

/** `#rrggbb` with an alpha channel; other colour syntaxes are returned as they are. */
export function withAlpha(color: string, alpha: number): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) return color;
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
