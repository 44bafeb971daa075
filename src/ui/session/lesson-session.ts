// The lesson page's state, outside React, split the way TutorialKit splits its stores: the open
// lesson's files (lesson-files.ts), the editor handshake (editor-readiness.ts), runs and their
// results (run-store.ts), and the learner's progress. React gets the session through context
// (session-context.tsx); clicks, the keyboard and window.parallelLab call the same methods:
//
//   open(lesson)        stop the run in progress, clear its results, save the last lesson's
//                       draft, load this lesson's files
//   run(o?)             save the pending draft, then run the files (a run in progress is stopped
//                       first); resolves with the report
//   runShownFile()      Run and Ctrl/⌘+Enter: the Python file the editor shows, else main.ts
//   showFile(name)      the learner picked a tab; a Python tab starts loading Python
//   stop()              end the run in progress at once
//   check()             the check of the last run (running the files first if they never ran)
//   files.*             edit, setFiles, reset, showSolution, undo, setLanguage (lesson-files.ts)
//   runs.*              setTimeScale, clearConsole (run-store.ts)
import type { DraftStore } from '../../lessons/drafts';
import type { ProgressStore } from '../../lessons/progress';
import type { Lesson } from '../../lessons/registry';
import type { CheckResult, Language } from '../../lessons/types';
import type { RunReport } from '../../sandbox/report';
import { EditorReadiness } from './editor-readiness';
import { isPythonFile, LessonFilesStore, shownPythonFile } from './lesson-files';
import { RunStore, type PythonLoading, type RunRequest, type StartProgram } from './run-store';

/** What a run may choose (docs/testing.md): the entry file, a time limit. */
export type RunChoices = Pick<RunRequest, 'entry' | 'timeLimit'>;

export interface LessonSessionOptions {
  drafts: DraftStore;
  progress: ProgressStore;
  startProgram: StartProgram;
  language?: Language;
  /** Starts loading Python in the background (the page's interpreters); none in tests. */
  preparePython?: () => void;
  /** Whether a Python run waits for Python to load (run-store.ts); never in tests. */
  pythonLoading?: PythonLoading;
}

export class LessonSession {
  readonly files: LessonFilesStore;
  readonly editor = new EditorReadiness();
  readonly runs: RunStore;
  readonly progress: ProgressStore;
  private readonly preparePython: () => void;

  constructor(o: LessonSessionOptions) {
    this.files = new LessonFilesStore(o.drafts, o.language);
    this.runs = new RunStore(o.progress, o.startProgram, o.pythonLoading);
    this.progress = o.progress;
    this.preparePython = o.preparePython ?? (() => {});
  }

  /**
   * The editor shows `name`. Opening a Python tab is when Python starts loading (about 3 s
   * cold), never before: a learner who stays with TypeScript never downloads it.
   */
  showFile(name: string): void {
    this.files.showFile(name);
    if (isPythonFile(name)) this.preparePython();
  }

  /** Opens a lesson; resolves once its files are loaded. Opening the open lesson is a no-op. */
  open(lesson: Lesson): Promise<void> {
    if (!this.files.isOpen(lesson)) {
      this.runs.clear();
      this.editor.forget();
    }
    return this.files.open(lesson);
  }

  /** Runs the open lesson's files; a run in progress is stopped first. */
  run(o: RunChoices = {}): Promise<RunReport> {
    const { status, lesson, files, language } = this.files.getState();
    if (status !== 'ready' || !lesson) {
      return Promise.reject(new Error('No lesson is open yet: open one before running it.'));
    }
    // The files about to run are saved first: a run that crashes the tab loses no edit.
    this.files.flushDraft();
    return this.runs.run({ lessonId: lesson.id, files, language, loadCheck: lesson.loadCheck, ...o });
  }

  /** What Run and Ctrl/⌘+Enter run: the Python file the editor shows as Python, else main.ts. */
  runShownFile(): Promise<RunReport> {
    const python = shownPythonFile(this.files.getState());
    return this.run(python === null ? {} : { entry: python });
  }

  stop(): void {
    this.runs.stop();
  }

  /** The check of the last run (running the files first if they never ran). */
  async check(): Promise<CheckResult[]> {
    const last = this.runs.lastCheck();
    if (last) return last;
    await this.run();
    return this.runs.lastCheck() ?? [];
  }
}
