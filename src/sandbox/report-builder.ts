// Builds the RunReport (docs/testing.md) from the runtime's events, as they arrive.
import { taskBounds, type RuntimeEvent, type TaskSpansEvent } from '../runtime/events';
import type { FigureSpec } from '../runtime/plot/figure';
import { RecordedTasks } from '../runtime/records';
import type { OutputLine, ProcessRecord, RunReport, RunStatus, TaskSpan } from './report';

/** What the page shows of a run: the report plus what only the page needs. */
export interface RunView extends RunReport {
  /** False once the run has ended (then status is final). */
  running: boolean;
  /** The figures plt.show() sent, to draw in the output panel. */
  figures: FigureSpec[];
}

export class ReportBuilder {
  readonly output: OutputLine[] = [];
  readonly processes = new Map<number, ProcessRecord>();
  readonly #tasks: TaskSpan[] = [];
  /**
   * Task events not yet turned into spans. A span object per task made as each event arrived took
   * the page 200 ms of CPU in the bench's 18 maps of 100 000 no-op tasks (a CPU profile of the
   * page, Chromium at load ~10), time a 2-core machine takes from the pool's workers; they are made
   * when a snapshot (at most once a frame) or the report asks.
   */
  #pendingTasks: TaskSpansEvent[] = [];
  readonly files = new Set<string>();
  readonly figures: FigureSpec[] = [];

  constructor(readonly language: RunReport['language'] = 'ts') {}

  add(event: RuntimeEvent): void {
    switch (event.type) {
      case 'output':
        this.output.push({ pid: event.pid, stream: event.stream, text: event.text, t: event.t });
        break;
      case 'process-start': {
        const record: ProcessRecord = {
          pid: event.pid,
          ppid: event.ppid,
          name: event.name,
          start: event.t,
          end: null,
          exitCode: null,
        };
        if (event.target !== undefined) record.target = event.target;
        if (event.args?.length) record.args = event.args;
        this.processes.set(event.pid, record);
        break;
      }
      case 'process-exit': {
        const record = this.processes.get(event.pid);
        if (record && record.end === null) Object.assign(record, { end: event.t, exitCode: event.exitCode });
        break;
      }
      case 'tasks':
        // Kept as it came; its spans are made when a report or snapshot asks (#spans).
        this.#pendingTasks.push(event);
        break;
      case 'file':
        this.files.add(event.path);
        break;
      case 'plot':
        this.figures.push(event.figure as FigureSpec);
        break;
    }
  }

  /** The spans of every task so far, in arrival order. */
  #spans(): TaskSpan[] {
    for (const event of this.#pendingTasks) {
      const { pid, fn, failedAt } = event;
      const bounds = taskBounds(event.bounds, event.marks);
      const recorded = event.records && new RecordedTasks(event.records);
      for (let i = 0; i + 1 < bounds.length; i++) {
        const span: TaskSpan = {
          pid,
          fn,
          start: bounds[i] as number,
          end: bounds[i + 1] as number,
          ok: i !== failedAt,
        };
        if (recorded && i < recorded.count) {
          span.args = recorded.args(i);
          const result = recorded.result(i);
          if (result !== undefined && span.ok) span.result = result;
          if (!span.ok && recorded.error !== undefined) span.error = recorded.error;
        }
        this.#tasks.push(span);
      }
    }
    this.#pendingTasks = [];
    return this.#tasks;
  }

  /** Marks every process still running as ended at `t` (the run was stopped or timed out). */
  endAll(t: number, exitCode: number): void {
    for (const record of this.processes.values()) {
      if (record.end === null) Object.assign(record, { end: t, exitCode });
    }
  }

  /**
   * The report so far, for live panels: cheap enough for every animation frame (no sorting, no
   * per-task objects made; lines are in arrival order, which differs from time order only
   * between processes, by a few milliseconds).
   */
  snapshot(seconds: number): RunView {
    return {
      running: true,
      status: 'ok',
      seconds,
      language: this.language,
      output: this.output.slice(),
      processes: [...this.processes.values()],
      tasks: this.#spans().slice(),
      files: [...this.files],
      plots: this.figures.length,
      figures: this.figures.slice(),
    };
  }

  /** The final report as a view: what panels show once the run has ended. */
  finalView(report: RunReport): RunView {
    return { ...report, running: false, figures: this.figures.slice() };
  }

  /** The final report (docs/testing.md): output in time order, processes by pid. */
  report(status: RunStatus, seconds: number, error?: RunReport['error']): RunReport {
    const byTime = (a: { t: number }, b: { t: number }) => a.t - b.t;
    return {
      status,
      seconds,
      language: this.language,
      output: [...this.output].sort(byTime),
      ...(error ? { error } : {}),
      processes: [...this.processes.values()].sort((a, b) => a.pid - b.pid),
      tasks: this.#spans().slice(),
      files: [...this.files].sort(),
      plots: this.figures.length,
    };
  }
}
