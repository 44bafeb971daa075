// A FigureSpec as a Chart.js configuration (bars and lines on one category axis, as matplotlib
// draws them), used by the page's output panel and by savefig in a worker alike.
import type { ChartConfiguration, Plugin } from 'chart.js';
import type { FigureSpec, Label } from './figure';

// matplotlib's default colour cycle ("tab10"), so charts look like the lab's.
const palette = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
];

const labelOf = (x: Label): string => String(x);

/** Draws plt.text() annotations: Chart.js has no text element of its own. */
const textPlugin: Plugin<'bar'> = {
  id: 'parallelLabTexts',
  afterDatasetsDraw(chart, _args, options: { texts?: FigureSpec['texts'] }) {
    const { ctx, scales } = chart;
    const x = scales.x;
    const y = scales.y;
    if (!x || !y) return;
    ctx.save();
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    ctx.fillStyle = '#333';
    for (const note of options.texts ?? []) {
      const px =
        typeof note.x === 'number' && !x.getLabels().includes(labelOf(note.x))
          ? x.getPixelForValue(note.x)
          : x.getPixelForValue(x.getLabels().indexOf(labelOf(note.x)));
      ctx.fillText(note.text, px, y.getPixelForValue(note.y) - 2);
    }
    ctx.restore();
  },
};

export function chartConfig(figure: FigureSpec): ChartConfiguration<'bar'> {
  const labels = [...new Set(figure.series.flatMap((s) => s.x.map(labelOf)))];
  const tickLabels = figure.xticks?.labels;
  const tickValues = figure.xticks?.ticks.map(labelOf);
  const datasets = figure.series.map((series, i) => {
    const color = series.color ?? palette[i % palette.length];
    const data = labels.map((label) => {
      const at = series.x.map(labelOf).indexOf(label);
      return at === -1 ? null : ((series.kind === 'bar' ? series.heights : series.y)[at] ?? null);
    });
    return series.kind === 'bar'
      ? { type: 'bar' as const, label: series.label ?? `bars ${i + 1}`, data, backgroundColor: color }
      : {
          type: 'line' as const,
          label: series.label ?? `line ${i + 1}`,
          data,
          borderColor: color,
          backgroundColor: color,
          pointRadius: series.marker ? 3 : 0,
          borderDash: series.dashed ? [6, 4] : [],
        };
  });
  return {
    type: 'bar',
    data: { labels, datasets: datasets as ChartConfiguration<'bar'>['data']['datasets'] },
    options: {
      animation: false,
      responsive: false,
      plugins: {
        title: { display: !!figure.title, text: figure.title ?? '' },
        legend: { display: figure.legend },
        // Chart.js's typings do not know our plugin's options.
        ...({ parallelLabTexts: { texts: figure.texts } } as object),
      },
      scales: {
        x: {
          title: { display: !!figure.xlabel, text: figure.xlabel ?? '' },
          ticks:
            tickLabels && tickValues
              ? {
                  callback: (_v, index) =>
                    tickLabels[tickValues.indexOf(labels[index] ?? '')] ?? labels[index],
                }
              : {},
        },
        y: { title: { display: !!figure.ylabel, text: figure.ylabel ?? '' }, beginAtZero: true },
      },
    },
    plugins: [textPlugin],
  };
}
