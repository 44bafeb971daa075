// Run, Stop, Reset and Show solution, with what the run is doing and the time scale.
import type { RunReport } from '../../sandbox/report';
import { formatSeconds } from '../console/console-lines';
import { isApplePlatform } from '../editor/platform';
import { useT, type Translate } from '../i18n/translate';
import './toolbar.css';

export interface ToolbarProps {
  ready: boolean;
  running: boolean;
  /** The run waits for Python to load. */
  loadingPython: boolean;
  hasSolution: boolean;
  timeScale: number;
  report: RunReport | null;
  draftSaved: boolean;
  /** The Python file Run runs (its tab is shown), or null when Run runs main.ts. */
  pythonFile: string | null;
  onRun(): void;
  onStop(): void;
  onReset(): void;
  onShowSolution(): void;
}

export function Toolbar(props: ToolbarProps) {
  const { ready, running, loadingPython, hasSolution, timeScale, report, draftSaved, pythonFile } = props;
  const t = useT();
  const runKeys = isApplePlatform() ? '⌘↵' : 'Ctrl+Enter';
  return (
    <div className="toolbar" role="toolbar" aria-label={t('programControls')}>
      <button
        type="button"
        className="button-primary"
        data-testid="run"
        // Run during a run stops it and starts again, as Ctrl+Enter and parallelLab.run() do.
        disabled={!ready}
        title={
          running
            ? t('rerunTitle', { keys: runKeys })
            : pythonFile === null
              ? t('runTitle', { keys: runKeys })
              : t('runPythonTitle', { keys: runKeys, file: pythonFile })
        }
        aria-keyshortcuts={isApplePlatform() ? 'Meta+Enter' : 'Control+Enter'}
        onClick={props.onRun}
      >
        <span aria-hidden="true">▶ </span>
        {t('run')}
      </button>
      <button type="button" data-testid="stop" disabled={!running} onClick={props.onStop}>
        <span aria-hidden="true">■ </span>
        {t('stop')}
      </button>
      <button
        type="button"
        data-testid="reset"
        disabled={!ready}
        onClick={props.onReset}
        title={t('resetTitle')}
      >
        <span aria-hidden="true">↺ </span>
        {t('reset')}
      </button>
      <button
        type="button"
        data-testid="solution"
        disabled={!ready || !hasSolution}
        onClick={props.onShowSolution}
        title={hasSolution ? t('solutionTitle') : t('noSolution')}
      >
        {t('showSolution')}
      </button>
      <span className="toolbar-status" role="status">
        {runStatus(t, running, loadingPython, report)}
      </span>
      {timeScale !== 1 && (
        <span className="badge time-scale" title={t('timeScaleDetail', { x: timeScale })}>
          {t('timeScale', { x: timeScale })}
        </span>
      )}
      {!draftSaved && (
        <span className="badge badge-warn-inline" role="alert">
          {t('draftNotSaved')}
        </span>
      )}
    </div>
  );
}

function runStatus(t: Translate, running: boolean, loadingPython: boolean, report: RunReport | null): string {
  if (running) return loadingPython ? t('statusLoadingPython') : t('statusRunning');
  if (!report) return '';
  const seconds = formatSeconds(report.seconds);
  switch (report.status) {
    case 'ok':
      return t('statusOk', { seconds });
    case 'error':
      return t('statusError', { seconds });
    case 'stopped':
      return t('statusStopped', { seconds });
    case 'timeout':
      return t('statusTimeout', { seconds });
  }
}
