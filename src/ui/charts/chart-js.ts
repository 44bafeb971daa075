// Chart.js with only the pieces the timeline and the lessons' plots draw, registered once.
// Imported lazily (import('./chart-js')), so the page's first JavaScript does not carry it.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  ScatterController,
  Title,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  LineController,
  ScatterController,
  BarElement,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  LogarithmicScale,
  Tooltip,
  Legend,
  Title,
);

export { Chart };

/** The page's colours, from the CSS variables of the current (light or dark) theme. */
export interface ThemeColors {
  fg: string;
  muted: string;
  border: string;
  panel: string;
  accent: string;
  ok: string;
  err: string;
}

export function themeColors(element: Element = document.documentElement): ThemeColors {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    fg: read('--fg', '#1f2328'),
    muted: read('--muted', '#59636e'),
    border: read('--border', '#d1d9e0'),
    panel: read('--panel', '#f6f8fa'),
    accent: read('--accent', '#0969da'),
    ok: read('--ok', '#1a7f37'),
    err: read('--err', '#cf222e'),
  };
}
