// The charts a program drew with "parallel/plot", one canvas per figure. The sandbox hands over
// ready Chart.js configurations; this panel only draws them.
import { useEffect, useRef, useState } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { Panel } from '../Panel';
import { useT } from '../i18n/translate';
import { usePrefersDark } from '../media-query';
import './charts.css';

export function ChartsPanel({ configs }: { configs: readonly ChartConfiguration[] }) {
  const t = useT();
  return (
    <Panel title={t('charts')} testId="chart" className="charts-panel">
      {configs.length === 0 ? (
        <p className="panel-empty">{t('chartsEmpty')}</p>
      ) : (
        <div className="charts-grid">
          {configs.map((config, i) => (
            <FigureCanvas key={i} config={config} label={figureLabel(config) ?? t('figure', { n: i + 1 })} />
          ))}
        </div>
      )}
    </Panel>
  );
}

function FigureCanvas({ config, label }: { config: ChartConfiguration; label: string }) {
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const dark = usePrefersDark();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let disposed = false;
    let chart: { destroy(): void } | null = null;
    import('./chart-js').then(
      ({ Chart, themeColors }) => {
        if (disposed || !canvas.current) return;
        // Figures say what to draw, the page says in which colours: text and grid lines follow
        // the light or dark theme.
        const colors = themeColors();
        Chart.defaults.color = colors.fg;
        Chart.defaults.borderColor = colors.border;
        chart = new Chart(canvas.current, { ...config, options: { responsive: true, ...config.options } });
      },
      () => !disposed && setFailed(true),
    );
    return () => {
      disposed = true;
      chart?.destroy();
    };
  }, [config, dark]);
  if (failed) return <p className="panel-empty">{t('chartLoadFailed')}</p>;
  return (
    <figure className="chart-figure">
      <canvas ref={canvas} role="img" aria-label={label} />
    </figure>
  );
}

/** The figure's own title, which names it best for a screen reader. */
function figureLabel(config: ChartConfiguration): string | null {
  const text = config.options?.plugins?.title?.text;
  if (Array.isArray(text)) return text.join(' ');
  return typeof text === 'string' && text ? text : null;
}
