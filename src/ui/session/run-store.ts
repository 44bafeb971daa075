// Runs: the one owner of run and stop. It starts the learner's files as a program, follows it
// live for the panels, and when it ends marks the error in the editor, draws the figures and has
// the lesson's check judge the report. Whoever asks (a click, Ctrl+Enter, window.parallelLab)
// gets the same behaviour: Run during a run stops that run and starts again.
import type { ChartConfiguration } from 'chart.js';
import { inLanguage } from '../../lessons/check-kit';
import type { ProgressStore } from '../../lessons/progress';
import type { LessonFiles } from '../../lessons/registry';
import type { Check, CheckResult, Language } from '../../lessons/types';
import { chartConfig } from '../../runtime/plot/chart-config';
import { errorLocation } from '../../sandbox/error-location';
import { tracebackLines } from '../../sandbox/python/traceback';
import type { RunReport } from '../../sandbox/report';
import type { RunView } from '../../sandbox/report-builder';
import type { RunningProgram, RunOptions } from '../../sandbox/run';
import { isPythonFile } from './lesson-files';
import { Store } from './store';

/** An error to show in the editor, at a 1-based line and column of a lesson file. */
export interface RunMarker {
  line: number;
  column: number;
  /** Where the underline ends; the end of the word at line:column when absent. */
  endLine?: number;
  endColumn?: number;
  message: string;
  severity?: 'error' | 'warning';
}

export interface RunState {
  /** sleep(s) sleeps s × timeScale in the next runs. */
  timeScale: number;
  running: boolean;
  /** The run is Python's and waits for Python to load (its first boot takes seconds). */
  loadingPython: boolean;
  /** The live report while a run goes on, then the final one; null before the first run. */
  report: RunReport | null;
  /** Output lines before this index were cleared by the learner. */
  consoleStart: number;
  checks: CheckResult[] | null;
  /** The run is Python's: the lesson's checks judge its TypeScript program, not this run. */
  pythonRun: boolean;
  markers: Readonly<Record<string, readonly RunMarker[]>>;
  charts: readonly ChartConfiguration[];
}

/** The results of the last run, which a new run or another lesson clears. */
const noResults = {
  running: false,
  loadingPython: false,
  report: null,
  consoleStart: 0,
  checks: null,
  pythonRun: false,
  markers: {},
  charts: [],
} satisfies Partial<RunState>;

/** What to run, and for which lesson. */
export interface RunRequest {
  lessonId: string;
  files: LessonFiles;
  /** The file to run (default main.ts); docs/python-mode.md runs an entry ending in .py as Python. */
  entry?: string;
  /** Stops the run after this many seconds, with status "timeout". */
  timeLimit?: number;
  /** The language of the runtime's messages and of the check's verdicts. */
  language: Language;
  loadCheck(): Promise<Check>;
}

/** Starts a program: the sandbox's startRun, or a stand-in in tests. */
export type StartProgram = (files: LessonFiles, options: RunOptions) => RunningProgram;

/** Null when Python is up; else a promise that settles once it is (or failed to load). */
export type PythonLoading = () => Promise<void> | null;

/**
 * The editor markers of a run: a TypeScript error at its first frame in a lesson file; a Python
 * error at the line each of its tracebacks shows last in a lesson file (a pool task's, then the
 * main script's), underlined from its first word to its end; none elsewhere.
 */
export function errorMarkers(report: RunReport, files: LessonFiles): Record<string, RunMarker[]> {
  const names = Object.keys(files);
  const markers: Record<string, RunMarker[]> = Object.fromEntries(names.map((file) => [file, []]));
  const { error } = report;
  if (!error) return markers;
  const message = `${error.name}: ${error.message}`;
  if (report.language === 'py') {
    for (const { file, line } of tracebackLines(error.stack, names)) {
      const text = files[file]?.split('\n')[line - 1] ?? '';
      const column = text.length - text.trimStart().length + 1;
      markers[file]?.push({
        line,
        column,
        endColumn: Math.max(text.trimEnd().length + 1, column + 1),
        message,
      });
    }
    return markers;
  }
  const where = errorLocation(error.stack, names);
  if (where) markers[where.file]?.push({ line: where.line, column: where.column, message });
  return markers;
}

// Each live update redraws the console, the timeline and the charts: on 2 busy cores a redraw
// takes 15–30 ms of the page thread (measured), so 4 a second keeps the page responsive.
const progressEveryMs = 250;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface CurrentRun {
  program: RunningProgram;
  finished: Promise<RunReport>;
  checked: Promise<CheckResult[]>;
}

export class RunStore extends Store<RunState> {
  private current: CurrentRun | null = null;
  private last: CurrentRun | null = null;

  constructor(
    private readonly progress: ProgressStore,
    private readonly start: StartProgram,
    private readonly pythonLoading: PythonLoading = () => null,
  ) {
    super({ ...noResults, timeScale: 1 });
  }

  /**
   * Runs `request.files` and resolves with the final report; a run in progress is stopped first
   * (its report says "stopped") and the new one starts at once.
   */
  run(request: RunRequest): Promise<RunReport> {
    this.stop();
    const python = request.entry !== undefined && isPythonFile(request.entry);
    const loading = python ? this.pythonLoading() : null;
    this.update({ ...noResults, running: true, loadingPython: loading !== null, pythonRun: python });
    let finalView: RunView | null = null;
    // The panels redraw from each update; a few times a second is live enough, and it leaves the
    // page thread free however fast the program prints. An update that comes sooner waits for
    // its turn rather than being dropped: a line printed just before a silent endless loop must
    // show (dropped, it stayed off screen until Stop).
    let lastProgress = -Infinity;
    let waiting: { view: RunView; timer: ReturnType<typeof setTimeout> } | null = null;
    const showProgress = (view: RunView) => {
      lastProgress = performance.now();
      this.update({ report: view });
    };
    const stopWaiting = () => {
      if (waiting) clearTimeout(waiting.timer);
      waiting = null;
    };
    const program = this.start(request.files, {
      timeScale: this.getState().timeScale,
      language: request.language,
      ...(request.entry === undefined ? {} : { entry: request.entry }),
      ...(request.timeLimit === undefined ? {} : { timeLimit: request.timeLimit }),
      onUpdate: (view) => {
        if (this.current?.program !== program) return;
        if (!view.running) {
          stopWaiting();
          finalView = view;
          return;
        }
        const wait = lastProgress + progressEveryMs - performance.now();
        if (wait <= 0) showProgress(view);
        else if (waiting) waiting.view = view;
        else {
          const timer = setTimeout(() => {
            const latest = waiting?.view;
            waiting = null;
            if (latest && isCurrent() && finalView === null) showProgress(latest);
          }, wait);
          waiting = { view, timer };
        }
      },
    });
    const isCurrent = () => this.current?.program === program;
    void loading?.then(
      () => isCurrent() && this.update({ loadingPython: false }),
      () => isCurrent() && this.update({ loadingPython: false }),
    );
    const finished = program.report.then(async (report) => {
      stopWaiting();
      if (!isCurrent()) return report;
      // The end of a run redraws every panel: in three page tasks rather than one long one.
      this.update({ running: false, loadingPython: false, report: finalView ?? report });
      await nextTask();
      if (isCurrent()) this.update({ markers: errorMarkers(report, request.files) });
      await nextTask();
      const figures = finalView?.figures ?? [];
      if (isCurrent())
        this.update({ charts: figures.map((figure) => chartConfig(figure) as ChartConfiguration) });
      return report;
    });
    // The lessons' checks judge their exercise, which is TypeScript, and their hints quote it
    // (`await p.join()`, `args: ['Alice']`): a Python run is the learner's to compare, and the
    // check panel says so rather than judge it.
    const checked = finished.then(async (report) => {
      if (python) return [];
      const check = await request.loadCheck();
      const results = inLanguage(request.language, () => check(report));
      if (isCurrent()) {
        this.update({ checks: results });
        if (results.length > 0 && results.every((result) => result.ok))
          this.progress.markComplete(request.lessonId);
      }
      return results;
    });
    this.current = { program, finished, checked };
    this.last = this.current;
    return finished;
  }

  /** Ends the run in progress at once, whatever it is doing. */
  stop(): void {
    this.current?.program.stop();
  }

  /** The check of the last run, or null when nothing ran since the results were cleared. */
  lastCheck(): Promise<CheckResult[]> | null {
    return this.last?.checked ?? null;
  }

  /** Another lesson opens: its run (if any) is stopped, and nothing of it is shown any more. */
  clear(): void {
    this.stop();
    this.current = null;
    this.last = null;
    this.update(noResults);
  }

  setTimeScale(scale: number): void {
    if (!Number.isFinite(scale) || scale <= 0) {
      throw new RangeError(`The time scale must be a positive number, not ${String(scale)}.`);
    }
    this.update({ timeScale: scale });
  }

  /** Hides the output printed so far (the Console's Clear button). */
  clearConsole(): void {
    this.update({ consoleStart: this.getState().report?.output.length ?? 0 });
  }
}
