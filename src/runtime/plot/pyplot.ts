// "parallel/plot": the part of matplotlib.pyplot the lab uses. Calls build the current figure;
// show() sends it to the page's output panel; savefig() writes it as a PNG.
import { getContext, hasContext, runSeconds } from '../context';
import { emit } from '../events';
import { writeFile } from '../fs/fs';
import { emptyFigure, type FigureSpec, type Label } from './figure';
import { say } from '../messages';

let current: FigureSpec = emptyFigure();

function numbers(values: ArrayLike<number>, call: 'bar' | 'plot'): number[] {
  const list = Array.from(values, Number);
  if (list.some((v) => Number.isNaN(v))) throw new TypeError(say('plotNotNumbers', { call }));
  return list;
}

/** Starts a new figure; figsize in inches like matplotlib (100 px per inch). */
export function figure(o: { figsize?: [number, number] } = {}): void {
  current = emptyFigure(o.figsize);
}

export function bar(
  x: ArrayLike<Label>,
  heights: ArrayLike<number>,
  o: { label?: string; color?: string } = {},
): void {
  const xs = Array.from(x);
  const hs = numbers(heights, 'bar');
  if (xs.length !== hs.length)
    throw new RangeError(say('barLengths', { positions: xs.length, heights: hs.length }));
  current.series.push({ kind: 'bar', x: xs, heights: hs, ...o });
}

export function plot(
  x: ArrayLike<Label>,
  y: ArrayLike<number>,
  o: { label?: string; color?: string; marker?: string; linestyle?: string } = {},
): void {
  const xs = Array.from(x);
  const ys = numbers(y, 'plot');
  if (xs.length !== ys.length) throw new RangeError(say('plotLengths', { xs: xs.length, ys: ys.length }));
  const { linestyle, ...rest } = o;
  current.series.push({
    kind: 'line',
    x: xs,
    y: ys,
    ...rest,
    ...(linestyle === '--' ? { dashed: true } : {}),
  });
}

export function title(text: string): void {
  current.title = text;
}
export function xlabel(text: string): void {
  current.xlabel = text;
}
export function ylabel(text: string): void {
  current.ylabel = text;
}
export function xticks(ticks: ArrayLike<Label>, labels?: ArrayLike<string>): void {
  current.xticks = { ticks: Array.from(ticks), ...(labels ? { labels: Array.from(labels) } : {}) };
}
export function text(x: Label, y: number, s: string): void {
  current.texts.push({ x, y, text: s });
}
export function legend(): void {
  current.legend = true;
}

/** Draws the figure in the page's output panel, then starts a new one. */
export function show(): void {
  if (hasContext()) emit({ type: 'plot', pid: getContext().pid, figure: current, t: runSeconds() });
  current = emptyFigure();
}

/** Writes the figure as a PNG file (drawn with Chart.js on an OffscreenCanvas, in this worker). */
export async function savefig(path: string): Promise<void> {
  await writeFile(path, await figurePng(current));
}

/** A figure drawn as a PNG, in this worker (Python's savefig asks the workspace service for it). */
export async function figurePng(figure: FigureSpec): Promise<Blob> {
  const [{ Chart, registerables }, { chartConfig }] = await Promise.all([
    import('chart.js'),
    import('./chart-config'),
  ]);
  Chart.register(...registerables);
  const [w, h] = figure.size;
  const canvas = new OffscreenCanvas(Math.round(w * 100), Math.round(h * 100));
  const config = chartConfig(figure);
  // White, as matplotlib saves: a transparent PNG looks broken in most viewers.
  config.plugins = [
    ...(config.plugins ?? []),
    {
      id: 'white',
      beforeDraw: (chart) => {
        chart.ctx.save();
        chart.ctx.fillStyle = '#fff';
        chart.ctx.fillRect(0, 0, chart.width, chart.height);
        chart.ctx.restore();
      },
    },
  ];
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, {
    ...config,
    options: { ...config.options, devicePixelRatio: 1 },
  });
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  chart.destroy();
  return blob;
}
