// Connects the lesson session to the sandbox: Run starts the editor's files as a program, the
// panels follow it live, and when it ends the error is marked in the editor, the figures are
// drawn and the lesson's check judges the report.
import type { ChartConfiguration } from 'chart.js';
import { inLanguage } from '../../lessons/check-kit';
import type { CheckResult } from '../../lessons/types';
import { chartConfig } from '../../runtime/plot/chart-config';
import { errorLocation } from '../../sandbox/error-location';
import type { RunReport } from '../../sandbox/report';
import type { RunView } from '../../sandbox/report-builder';
import { startRun, type RunningProgram } from '../../sandbox/run';
import { getLanguage } from '../i18n/language';
import type { LessonSession, RunMarker } from './lesson-session';

/** The editor markers of a run: the error at its first frame in a lesson file; none elsewhere. */
export function errorMarkers(report: RunReport, files: readonly string[]): Record<string, RunMarker[]> {
  const markers: Record<string, RunMarker[]> = Object.fromEntries(files.map((file) => [file, []]));
  const { error } = report;
  const where = errorLocation(error?.stack, files);
  if (error && where)
    markers[where.file]?.push({
      line: where.line,
      column: where.column,
      message: `${error.name}: ${error.message}`,
    });
  return markers;
}

// Each live update redraws the console, the timeline and the charts: on 2 busy cores a redraw
// takes 15–30 ms of the page thread (measured), so 4 a second keeps the page responsive.
const progressEveryMs = 250;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class ProgramRunner {
  #program: RunningProgram | null = null;
  #finished: Promise<RunReport> | null = null;
  #checked: Promise<CheckResult[]> | null = null;

  constructor(private readonly session: LessonSession) {
    session.setRunControls({ run: () => void this.run(), stop: () => this.stop() });
  }

  /** Runs the open lesson's files; a run in progress is stopped first. */
  async run(o: { timeLimit?: number } = {}): Promise<RunReport> {
    if (this.#program) {
      this.stop();
      await this.#finished;
    }
    const { files, timeScale, lesson, status } = this.session.getState();
    if (status !== 'ready' || !lesson) throw new Error('No lesson is open yet: open one before running it.');
    this.session.runStarted();
    let finalView: RunView | null = null;
    let lastProgress = -Infinity;
    const program = startRun(files, {
      timeScale,
      language: getLanguage(),
      ...(o.timeLimit === undefined ? {} : { timeLimit: o.timeLimit }),
      onUpdate: (view) => {
        if (!view.running) finalView = view;
        // The panels redraw from each update; a few times a second is live enough, and it leaves
        // the page thread free however fast the program prints.
        else if (performance.now() - lastProgress >= progressEveryMs) {
          lastProgress = performance.now();
          this.session.runProgress(view);
        }
      },
    });
    this.#program = program;
    const finished = program.report.then(async (report) => {
      if (this.#program === program) this.#program = null;
      const view: RunView | RunReport = finalView ?? report;
      // The end of a run redraws every panel: in three page tasks rather than one long one.
      this.session.runFinished(view);
      await nextTask();
      for (const [file, markers] of Object.entries(errorMarkers(report, Object.keys(files)))) {
        this.session.setMarkers(file, markers);
      }
      await nextTask();
      this.session.setCharts(
        (finalView?.figures ?? []).map((figure) => chartConfig(figure) as ChartConfiguration),
      );
      return report;
    });
    this.#finished = finished;
    this.#checked = finished.then(async (report) => {
      const check = await lesson.loadCheck();
      const results = inLanguage(getLanguage(), () => check(report));
      if (this.session.getState().lesson === lesson) this.session.setCheckResults(results);
      return results;
    });
    return finished;
  }

  stop(): void {
    this.#program?.stop();
  }

  /** The check of the last run (running the files first if they never ran). */
  async check(): Promise<CheckResult[]> {
    if (!this.#checked) await this.run();
    await this.#finished;
    return this.#checked ?? [];
  }
}
