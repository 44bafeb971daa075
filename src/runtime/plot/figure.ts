// What a figure holds: plain data, so it can travel to the page (which draws it) and be turned
// into a PNG in a worker (savefig). Both sides turn it into a Chart.js configuration.

export type Label = string | number;

export type Series =
  /** color: one for every bar, or one per bar (matplotlib's bar(color=[...])). */
  | { kind: 'bar'; x: Label[]; heights: number[]; label?: string; color?: string | string[] }
  | {
      kind: 'line';
      x: Label[];
      y: number[];
      label?: string;
      color?: string;
      marker?: string;
      dashed?: boolean;
    };

export interface FigureSpec {
  title?: string;
  xlabel?: string;
  ylabel?: string;
  xticks?: { ticks: Label[]; labels?: string[] };
  texts: { x: Label; y: number; text: string }[];
  legend: boolean;
  /** Inches, as matplotlib's figsize; 100 px per inch. */
  size: [number, number];
  series: Series[];
}

export function emptyFigure(size: [number, number] = [8, 5]): FigureSpec {
  return { texts: [], legend: false, size, series: [] };
}
