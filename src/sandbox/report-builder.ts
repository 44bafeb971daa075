// Builds the RunReport (DESIGN §5) from the runtime's events, as they arrive.
import type { RuntimeEvent } from '../runtime/events';
import type { FigureSpec } from '../runtime/plot/figure';
import type { OutputLine, ProcessRecord, RunReport, RunStatus, TaskSpan } from './report';

/** A task span as the timeline shows it: the report's fields plus an argument summary. */
export interface TaskView extends TaskSpan {
  argsText?: string;
}

/** What the page shows of a run: the report plus what only the page needs. */
export interface RunView extends RunReport {
  /** False once the run has ended (then status is final). */
  running: boolean;
  tasks: TaskView[];
  /** The figures plt.show() sent, to draw in the output panel. */
  figures: FigureSpec[];
}

export class ReportBuilder {
  readonly output: OutputLine[] = [];
  readonly processes = new Map<number, ProcessRecord>();
  readonly tasks: TaskView[] = [];
  readonly files = new Set<string>();
  readonly figures: FigureSpec[] = [];

  add(event: RuntimeEvent): void {
    switch (event.type) {
      case 'output':
        this.output.push({ pid: event.pid, stream: event.stream, text: event.text, t: event.t });
        break;
      case 'process-start':
        this.processes.set(event.pid, {
          pid: event.pid,
          ppid: event.ppid,
          name: event.name,
          start: event.t,
          end: null,
          exitCode: null,
        });
        break;
      case 'process-exit': {
        const record = this.processes.get(event.pid);
        if (record && record.end === null) Object.assign(record, { end: event.t, exitCode: event.exitCode });
        break;
      }
      case 'tasks': {
        const { bounds, pid, fn, failedAt, args } = event;
        for (let i = 0; i + 1 < bounds.length; i++) {
          const span: TaskView = {
            pid,
            fn,
            start: bounds[i] as number,
            end: bounds[i + 1] as number,
            ok: i !== failedAt,
          };
          const summary = args?.[i];
          if (summary !== undefined) span.argsText = summary;
          this.tasks.push(span);
        }
        break;
      }
      case 'file':
        this.files.add(event.path);
        break;
      case 'plot':
        this.figures.push(event.figure as FigureSpec);
        break;
    }
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
      language: 'ts',
      output: this.output.slice(),
      processes: [...this.processes.values()],
      tasks: this.tasks.slice(),
      files: [...this.files],
      plots: this.figures.length,
      figures: this.figures.slice(),
    };
  }

  /** The final report as a view: what panels show once the run has ended. */
  finalView(report: RunReport): RunView {
    return { ...report, running: false, tasks: this.tasks.slice(), figures: this.figures.slice() };
  }

  /** The final report (DESIGN §5): output in time order, processes by pid. */
  report(status: RunStatus, seconds: number, error?: RunReport['error']): RunReport {
    const byTime = (a: { t: number }, b: { t: number }) => a.t - b.t;
    return {
      status,
      seconds,
      language: 'ts',
      output: [...this.output].sort(byTime),
      ...(error ? { error } : {}),
      processes: [...this.processes.values()].sort((a, b) => a.pid - b.pid),
      tasks: this.tasks.map(({ pid, fn, start, end, ok }) => ({ pid, fn, start, end, ok })),
      files: [...this.files].sort(),
      plots: this.figures.length,
    };
  }
}
