// The timeline: when each process lived and which task it ran when, drawn live during a run.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Panel } from '../Panel';
import { formatDuration, formatSeconds } from '../console/console-lines';
import type { Language } from '../../i18n/core';
import { useLanguage } from '../i18n/language';
import { translate, useT, type Translate } from '../i18n/translate';
import { usePrefersDark } from '../media-query';
import type { TimelineChart, TimelineWords } from './timeline-chart';
import { defaultMaxBars, shapeTimeline, type TimelineData, type TimelineSource } from './timeline-data';
import './timeline.css';

export interface TimelinePanelProps {
  report: TimelineSource | null;
  running: boolean;
  maxBars?: number;
}

const rowHeight = 28;
const axisAndLegendHeight = 80;
// Every change of the canvas's size makes Chart.js lay out and draw the chart once more, in its
// own animation frame (measured: a resize doubled the frame's work, and on 2 busy cores that
// frame took over 50 ms). So the canvas stays shown while a run starts, and is tall enough from
// the start for the usual main process and two workers.
const minRows = 3;
/**
 * While a run goes on the chart redraws four times a second, on the page thread, beside the
 * program's workers: then it shows at most this many bars, and the final report up to
 * `maxBars`. A Chart.js draw of our timeline took 140-150 ms with 1900 bars and 35-60 ms with
 * 400 the first times a page drew it (its code not yet optimised), 5-10 ms once warm (headless
 * Chromium, quiet 2-core host): the first run of a page with many tasks froze it 4 times a second.
 */
const liveMaxBars = 500;

export function TimelinePanel({ report, running, maxBars = defaultMaxBars }: TimelinePanelProps) {
  const language = useLanguage();
  const t = useT();
  const bars = running ? Math.min(maxBars, liveMaxBars) : maxBars;
  const data = useMemo(() => (report ? shapeTimeline(report, bars) : null), [report, bars]);
  const words = useMemo(() => timelineWords(language), [language]);
  const dark = usePrefersDark();

  const canvas = useRef<HTMLCanvasElement>(null);
  const wordsAtStart = useRef(words);
  const [chart, setChart] = useState<TimelineChart | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    // Chart.js loads with the timeline, after the lesson text, and is created once per mount.
    let disposed = false;
    let created: TimelineChart | null = null;
    import('./timeline-chart').then(
      ({ TimelineChart }) => {
        if (disposed || !canvas.current) return;
        created = new TimelineChart(canvas.current, wordsAtStart.current);
        setChart(created);
      },
      () => !disposed && setFailed(true),
    );
    return () => {
      disposed = true;
      created?.destroy();
    };
  }, []);
  useEffect(() => chart?.setWords(words), [chart, words]);
  useEffect(() => chart?.applyTheme(), [chart, dark]);
  useEffect(() => chart?.update(data ?? emptyTimeline), [chart, data]);

  const rows = Math.max(data?.rows.length ?? 0, minRows);
  const summary = data
    ? t('timelineSummary', {
        processes: data.rows.length,
        tasks: data.taskCount,
        seconds: formatSeconds(report?.seconds ?? 0),
      })
    : t('timelineEmpty');
  return (
    <Panel
      title={t('timeline')}
      testId="timeline"
      className="timeline-panel"
      actions={
        report && (
          <span className="timeline-elapsed" aria-live="off">
            {t(running ? 'elapsedRunning' : 'elapsed', { seconds: formatSeconds(report.seconds) })}
          </span>
        )
      }
    >
      {data?.merged && (
        <p className="timeline-note">
          {t('timelineMerged', {
            tasks: data.taskCount,
            bars: data.tasks.length,
            gap: formatGap(data.mergeGap),
          })}
        </p>
      )}
      {failed && <p className="panel-empty">{t('chartLoadFailed')}</p>}
      {!data && !running && <p className="panel-empty">{t('timelineEmpty')}</p>}
      <div
        className="timeline-canvas"
        style={{ height: axisAndLegendHeight + rows * rowHeight }}
        hidden={!data && !running}
      >
        <canvas ref={canvas} role="img" aria-label={summary} />
      </div>
    </Panel>
  );
}

const emptyTimeline: TimelineData = {
  rows: [],
  lifetimes: [],
  tasks: [],
  taskCount: 0,
  merged: false,
  mergeGap: 0,
  end: 0,
};

function formatGap(seconds: number): string {
  return seconds < 0.001 ? `${(seconds * 1e6).toFixed(0)} µs` : `${(seconds * 1000).toFixed(1)} ms`;
}

function timelineWords(language: Language): TimelineWords {
  const t: Translate = (key, ...params) => translate(key, language, ...params);
  return {
    seconds: t('seconds'),
    lifetimes: t('processLifetimes'),
    tasks: t('tasks'),
    failedTasks: t('failedTasks'),
    describeLifetime: (bar, end) => [
      t('lifetimeSpan', { start: formatSeconds(bar.start), end: formatSeconds(bar.end ?? end) }),
      bar.exitCode === null ? t('stillRunning') : t('exitCode', { code: bar.exitCode }),
    ],
    describeTask: (bar) =>
      bar.count === 1
        ? [
            `${bar.fn}${bar.ok ? '' : ` — ${t('taskFailed')}`}`,
            t('duration', { seconds: formatDuration(bar.end - bar.start) }),
            ...(bar.args !== undefined ? [t('taskArguments', { args: bar.args })] : []),
          ]
        : [
            t('mergedTasks', { count: bar.count, fn: bar.fn }),
            t('busyTime', { busy: formatDuration(bar.busy), span: formatDuration(bar.end - bar.start) }),
          ],
  };
}
