// The Console: what every process printed, tagged with its pid and time, coloured by pid.
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { OutputLine, ProcessRecord, RunError } from '../../sandbox/report';
import { errorLocation } from '../../sandbox/error-location';
import { Panel } from '../Panel';
import { useT } from '../i18n/translate';
import {
  defaultLineLimit,
  formatSeconds,
  pidColorClass,
  processChoices,
  processLabel,
  shownLines,
  type ShownLine,
} from './console-lines';
import './console.css';

export interface ConsolePanelProps {
  output: readonly OutputLine[];
  processes: readonly ProcessRecord[];
  /** Lines before this index were cleared. */
  start: number;
  error?: RunError | undefined;
  onClear(): void;
  limit?: number;
}

// Within this many pixels of the bottom counts as "at the bottom": new lines keep it there.
const stickyPixels = 8;
/** The height of one console row (console.css sets the same). */
const rowPixels = 20;
const overscanRows = 10;

interface DisplayRow {
  key: string;
  line: OutputLine;
  text: string;
  /** The line's first row carries its pid and time; a multi-line text continues below. */
  first: boolean;
}

function displayRows(lines: readonly ShownLine[]): DisplayRow[] {
  const rows: DisplayRow[] = [];
  for (const { index, line } of lines) {
    const parts = line.text.split('\n');
    parts.forEach((text, k) => rows.push({ key: `${index}:${k}`, line, text, first: k === 0 }));
  }
  return rows;
}

export function ConsolePanel({
  output,
  processes,
  start,
  error,
  onClear,
  limit = defaultLineLimit,
}: ConsolePanelProps) {
  const t = useT();
  // null: every process. A set: only those pids.
  const [filter, setFilter] = useState<ReadonlySet<number> | null>(null);
  const choices = useMemo(() => processChoices(processes, output), [processes, output]);
  const view = useMemo(
    () => shownLines(output, { start, pids: filter, limit }),
    [output, start, filter, limit],
  );
  const names = useMemo(() => new Map(processes.map((p) => [p.pid, p.name])), [processes]);

  // Only the rows in view are in the DOM (a program may print 100 000 lines): every row is
  // rowPixels high, and the list keeps the full height so the scrollbar tells the truth.
  const rows = useMemo(() => displayRows(view.lines), [view.lines]);
  const scroller = useRef<HTMLDivElement>(null);
  const [atBottom, setAtBottom] = useState(true);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(320);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setViewport(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  useLayoutEffect(() => {
    const element = scroller.current;
    // With no rows there is nothing to scroll to, and reading scrollHeight would lay out the
    // whole page inside React's first commit, before the lesson text is in the document (145 ms
    // in a cold-load trace on the busy 2-core host).
    if (element && atBottom && rows.length > 0) element.scrollTop = element.scrollHeight;
  }, [atBottom, rows]);
  const onScroll = () => {
    const element = scroller.current;
    if (!element) return;
    setAtBottom(element.scrollHeight - element.scrollTop - element.clientHeight <= stickyPixels);
    setScrollTop(element.scrollTop);
  };
  const jumpToLatest = () => {
    setAtBottom(true);
    scroller.current?.scrollTo({ top: scroller.current.scrollHeight });
  };
  const visible = Math.ceil(viewport / rowPixels) + 2 * overscanRows;
  const first = atBottom
    ? Math.max(0, rows.length - visible)
    : Math.max(0, Math.floor(scrollTop / rowPixels) - overscanRows);
  const shown = rows.slice(first, first + visible);

  const toggle = (pid: number) => {
    const next = new Set(filter ?? []);
    if (next.has(pid)) next.delete(pid);
    else next.add(pid);
    setFilter(next.size === 0 ? null : next);
  };

  const empty = view.lines.length === 0 && view.hidden === 0;
  const where = errorLocation(error?.stack);
  return (
    <Panel
      title={t('console')}
      testId="console"
      className="console-panel"
      actions={
        <button type="button" onClick={onClear} disabled={output.length <= start}>
          {t('clearConsole')}
        </button>
      }
    >
      {choices.length > 1 && (
        <div className="console-filter" role="group" aria-label={t('filterByProcess')}>
          <button
            type="button"
            className="chip"
            aria-pressed={filter === null}
            onClick={() => setFilter(null)}
          >
            {t('allProcesses')}
          </button>
          {choices.map(({ pid, name }) => (
            <button
              key={pid}
              type="button"
              className={`chip ${pidColorClass(pid)}`}
              aria-pressed={filter?.has(pid) ?? false}
              onClick={() => toggle(pid)}
            >
              {processLabel(pid, name)}
            </button>
          ))}
        </div>
      )}
      {error && (
        <div className="console-error" role="alert">
          <strong>
            {error.name}: {error.message}
          </strong>
          {where && (
            <span className="console-error-where">
              {' '}
              {t('errorAt', { where: `${where.file}:${where.line}:${where.column}` })}
            </span>
          )}
          {error.stack && (
            <details>
              <summary>{t('errorDetails')}</summary>
              <pre>{error.stack}</pre>
            </details>
          )}
        </div>
      )}
      <div
        ref={scroller}
        className="console-lines"
        role="log"
        // Announcing every line of a chatty program would drown a screen reader; the run's end
        // is announced by the toolbar's status instead.
        aria-live="off"
        aria-label={t('consoleOutput')}
        tabIndex={0}
        onScroll={onScroll}
      >
        {view.hidden > 0 && <p className="console-hidden">{t('linesHidden', { n: view.hidden })}</p>}
        {empty && <p className="panel-empty">{t('consoleEmpty')}</p>}
        <div className="console-rows" style={{ height: rows.length * rowPixels }}>
          <div style={{ transform: `translateY(${first * rowPixels}px)` }}>
            {shown.map(({ key, line, text, first: firstRow }) => (
              <div
                key={key}
                className={`console-line ${pidColorClass(line.pid)}${line.stream === 'error' ? ' console-line-error' : ''}`}
              >
                <span className="console-meta" title={processLabel(line.pid, names.get(line.pid))}>
                  {firstRow ? (
                    <>
                      {`pid ${line.pid}`} <span className="console-time">{formatSeconds(line.t)}</span>
                    </>
                  ) : null}
                </span>
                {line.stream === 'error' && firstRow && (
                  <>
                    <span className="console-error-icon" aria-hidden="true">
                      ✖
                    </span>
                    <span className="visually-hidden">{t('errorStream')} </span>
                  </>
                )}
                <span className="console-text">{text}</span>
              </div>
            ))}
          </div>
        </div>
      </div>
      {!atBottom && (
        <button type="button" className="console-jump" onClick={jumpToLatest}>
          {t('jumpToLatest')}
        </button>
      )}
    </Panel>
  );
}
