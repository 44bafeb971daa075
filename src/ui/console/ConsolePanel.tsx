// The Console: what every process printed, tagged with its pid and time, coloured by pid.
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { OutputLine, ProcessRecord, RunError } from '../../sandbox/report';
import { Panel } from '../Panel';
import { useT } from '../i18n/translate';
import {
  defaultLineLimit,
  errorLocation,
  formatSeconds,
  pidColorClass,
  processChoices,
  processLabel,
  shownLines,
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

  const scroller = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const [showJump, setShowJump] = useState(false);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && atBottom.current) element.scrollTop = element.scrollHeight;
  });
  const onScroll = () => {
    const element = scroller.current;
    if (!element) return;
    atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight <= stickyPixels;
    setShowJump(!atBottom.current);
  };
  const jumpToLatest = () => {
    atBottom.current = true;
    setShowJump(false);
    scroller.current?.scrollTo({ top: scroller.current.scrollHeight });
  };

  const toggle = (pid: number) => {
    const next = new Set(filter ?? []);
    if (next.has(pid)) next.delete(pid);
    else next.add(pid);
    setFilter(next.size === 0 ? null : next);
  };

  const empty = view.lines.length === 0 && view.hidden === 0;
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
          {errorLocation(error.stack) && (
            <span className="console-error-where">
              {' '}
              {t('errorAt', { where: errorLocation(error.stack) ?? '' })}
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
        {view.lines.map(({ index, line }) => (
          <div
            key={index}
            className={`console-line ${pidColorClass(line.pid)}${line.stream === 'error' ? ' console-line-error' : ''}`}
          >
            <span className="console-meta" title={processLabel(line.pid, names.get(line.pid))}>
              {`pid ${line.pid}`} <span className="console-time">{formatSeconds(line.t)}</span>
            </span>
            {line.stream === 'error' && (
              <>
                <span className="console-error-icon" aria-hidden="true">
                  ✖
                </span>
                <span className="visually-hidden">{t('errorStream')} </span>
              </>
            )}
            <span className="console-text">{line.text}</span>
          </div>
        ))}
      </div>
      {showJump && (
        <button type="button" className="console-jump" onClick={jumpToLatest}>
          {t('jumpToLatest')}
        </button>
      )}
    </Panel>
  );
}
