// The state of the lesson page, outside React: the open lesson, the learner's files, the time
// scale, the run in progress and its results. Panels render from it (useSession); the editor,
// the toolbar, window.parallelLab and the run wiring change it only through the methods below,
// so every way of driving the page (click, keyboard, test API) goes through the same code.
//
// Update methods, by who calls them:
//
//   Lesson and files (the page, the editor, window.parallelLab)
//     open(lesson)               load a lesson's files (the learner's draft over the starter
//                                files), its solution and original Python; stops a run in
//                                progress; flushes the previous lesson's draft first
//     editorShown(lessonId)      the editor shows this lesson's files (whenShown resolves)
//     editorFailed(message)      the editor could not load (whenShown rejects)
//     editFile(name, content)    the learner typed: saved as a draft after 300 ms of quiet
//     setFiles(files)            replace every file (window.parallelLab.setFiles): saved at once
//     reset() / showSolution()   starter or solution files, undoable
//     undo() / dismissUndo()     restore the files before the last reset/solution, or forget them
//     setTimeScale(x)            sleep(s) sleeps s × x in the next run
//     setLanguage(lang)          show every file's comments in lang (not an edit: no draft, Undo kept)
//     flushDraft()               save a pending draft now (the page is being hidden)
//
//   Running (the sandbox wiring; see RunControls)
//     setRunControls(controls)   what Run and Stop do; without controls Run is disabled
//     run() / stop()             the Run and Stop buttons and Ctrl/Cmd+Enter
//     runStarted()               a run began: clears the last report, checks, markers, charts
//     runProgress(report)        the live report so far (call at most once per frame)
//     runFinished(report)        the final report; the run is over
//     setCheckResults(results)   the lesson's check verdicts; all passing completes the lesson
//     setMarkers(file, markers)  errors to underline in a file (file:line:col, message)
//     setCharts(configs)         Chart.js configurations drawn in the charts panel
//     clearConsole()             hide the output printed so far (the Console's Clear button)
import type { ChartConfiguration } from 'chart.js';
import { translateFiles } from '../../lessons/comment-language';
import { DebouncedDraftSaver, DraftStore, restoreFiles } from '../../lessons/drafts';
import type { ProgressStore } from '../../lessons/progress';
import type { Lesson, LessonFiles } from '../../lessons/registry';
import type { CheckResult, CommentTranslations, Language } from '../../lessons/types';
import type { RunReport } from '../../sandbox/report';

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

/** What Run and Stop do. The sandbox wiring installs them with setRunControls. */
export interface RunControls {
  run(): void;
  stop(): void;
}

export type UndoableAction = 'reset' | 'solution';

export interface LessonSessionState {
  lesson: Lesson | null;
  /** The language the files' comments are shown in (the lesson's comments.ts translates them). */
  language: Language;
  /** 'loading' until the lesson's files are in `files`; 'failed' with `loadError`. */
  status: 'idle' | 'loading' | 'ready' | 'failed';
  loadError: string | null;
  /** The files the learner edits: their draft, or the starter files; comments in `language`. */
  files: LessonFiles;
  starter: LessonFiles;
  solution: LessonFiles | null;
  /** The lab's original Python, read-only, by file name. */
  originals: LessonFiles;
  /** True once the editor shows this lesson's files. */
  editorShown: boolean;
  /** Why the editor could not load (its chunk failed to download), if it could not. */
  editorError: string | null;
  /** The files before the last Reset / Show solution, while that can still be undone. */
  undo: { action: UndoableAction; files: LessonFiles } | null;
  /** False when the browser refused to store the last draft (storage full or disabled). */
  draftSaved: boolean;
  timeScale: number;
  canRun: boolean;
  running: boolean;
  /** The live report while a run goes on, then the final one; null before the first run. */
  report: RunReport | null;
  /** Output lines before this index were cleared by the learner. */
  consoleStart: number;
  checks: CheckResult[] | null;
  markers: Readonly<Record<string, readonly RunMarker[]>>;
  charts: readonly ChartConfiguration[];
}

const initialState: LessonSessionState = {
  lesson: null,
  language: 'en',
  status: 'idle',
  loadError: null,
  files: {},
  starter: {},
  solution: null,
  originals: {},
  editorShown: false,
  editorError: null,
  undo: null,
  draftSaved: true,
  timeScale: 1,
  canRun: false,
  running: false,
  report: null,
  consoleStart: 0,
  checks: null,
  markers: {},
  charts: [],
};

/** The results of the previous run, which a new run or another lesson clears. */
const noRunResults = {
  running: false,
  report: null,
  consoleStart: 0,
  checks: null,
  markers: {},
  charts: [],
} satisfies Partial<LessonSessionState>;

/** The open lesson's code as written (comments in English), and the Japanese of its comments. */
interface LessonSource {
  starter: LessonFiles;
  solution: LessonFiles | null;
  originals: LessonFiles;
  comments: CommentTranslations;
}

export class LessonSession {
  private state: LessonSessionState;
  private source: LessonSource | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly saver: DebouncedDraftSaver;
  private controls: RunControls | null = null;
  private loading: Promise<void> | null = null;
  private shownWaiters: { lessonId: string; resolve: () => void; reject: (error: Error) => void }[] = [];

  constructor(
    private readonly drafts: DraftStore,
    private readonly progress: ProgressStore,
    language: Language = 'en',
  ) {
    this.state = { ...initialState, language };
    this.saver = new DebouncedDraftSaver(drafts, (ok) => {
      if (ok !== this.state.draftSaved) this.update({ draftSaved: ok });
    });
  }

  getState = (): LessonSessionState => this.state;

  subscribe = (notify: () => void): (() => void) => {
    this.listeners.add(notify);
    return () => this.listeners.delete(notify);
  };

  private update(change: Partial<LessonSessionState>): void {
    this.state = { ...this.state, ...change };
    this.listeners.forEach((notify) => notify());
  }

  // ── Lesson and files ──────────────────────────────────────────────────────────────────

  /** Opens a lesson; resolves once its files are loaded. Opening the open lesson is a no-op. */
  open(lesson: Lesson): Promise<void> {
    if (this.state.lesson?.id === lesson.id && this.state.status !== 'failed' && this.loading) {
      return this.loading;
    }
    this.saver.flush();
    if (this.state.running) this.controls?.stop();
    this.source = null;
    this.update({
      ...noRunResults,
      lesson,
      status: 'loading',
      loadError: null,
      files: {},
      starter: {},
      solution: null,
      originals: {},
      editorShown: false,
      undo: null,
    });
    const loading = this.load(lesson);
    this.loading = loading;
    return loading;
  }

  private async load(lesson: Lesson): Promise<void> {
    const stillOpen = () => this.state.lesson?.id === lesson.id;
    try {
      const [starter, solution, originals, comments] = await Promise.all([
        lesson.loadFiles(),
        lesson.loadSolution(),
        lesson.loadOriginals(),
        lesson.loadComments(),
      ]);
      if (!stillOpen()) return;
      this.source = { starter, solution, originals, comments };
      const files = restoreFiles(starter, this.drafts.load(lesson.id));
      this.update({
        status: 'ready',
        ...this.shownSource(this.state.language),
        files: this.inLanguage(files),
      });
    } catch (error) {
      if (!stillOpen()) return;
      this.update({ status: 'failed', loadError: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }

  /** Resolves when the editor shows the files of `lessonId`; rejects if the editor cannot load. */
  whenShown(lessonId: string): Promise<void> {
    const { lesson, editorShown, editorError } = this.state;
    if (editorError) return Promise.reject(new Error(editorError));
    if (lesson?.id === lessonId && editorShown) return Promise.resolve();
    return new Promise((resolve, reject) => this.shownWaiters.push({ lessonId, resolve, reject }));
  }

  editorShown(lessonId: string): void {
    if (this.state.lesson?.id !== lessonId) return;
    if (!this.state.editorShown) this.update({ editorShown: true });
    const [ready, waiting] = partition(this.shownWaiters, (waiter) => waiter.lessonId === lessonId);
    this.shownWaiters = waiting;
    ready.forEach((waiter) => waiter.resolve());
  }

  editorFailed(message: string): void {
    this.update({ editorError: message });
    const waiters = this.shownWaiters;
    this.shownWaiters = [];
    waiters.forEach((waiter) => waiter.reject(new Error(message)));
  }

  /** The learner changed one file in the editor. */
  editFile(name: string, content: string): void {
    const { lesson, files, status } = this.state;
    if (!lesson || status !== 'ready' || files[name] === content) return;
    const next = { ...files, [name]: content };
    // Typing after a Reset or Show solution keeps that choice: Undo would now lose the typing.
    this.update({ files: next, undo: null });
    this.scheduleDraft(lesson.id, next);
  }

  /** Replaces every file of the open lesson, and saves them at once. */
  setFiles(files: LessonFiles): void {
    const { lesson, status } = this.state;
    if (!lesson || status !== 'ready') throw new Error('No lesson is open yet: await open(id) first.');
    this.replaceFiles({ ...files }, null);
  }

  reset(): void {
    this.replaceFiles({ ...this.state.starter }, 'reset');
  }

  showSolution(): void {
    if (this.state.solution) this.replaceFiles({ ...this.state.solution }, 'solution');
  }

  undo(): void {
    const undo = this.state.undo;
    if (undo) this.replaceFiles(undo.files, null);
  }

  dismissUndo(): void {
    if (this.state.undo) this.update({ undo: null });
  }

  private replaceFiles(files: LessonFiles, action: UndoableAction | null): void {
    const { lesson, status } = this.state;
    if (!lesson || status !== 'ready') return;
    const undo = action ? { action, files: this.state.files } : null;
    this.update({ files, undo });
    this.scheduleDraft(lesson.id, files);
    this.saver.flush();
  }

  /**
   * Drafts are stored with the comments in English, as the lesson's code is written, and compared
   * with the starter files as written: a draft reads back in either language, and switching the
   * language alone never makes a draft.
   */
  private scheduleDraft(lessonId: string, files: LessonFiles): void {
    const source = this.source;
    if (!source) return;
    this.saver.schedule(lessonId, () => ({
      files: translateFiles(files, source.comments, 'en'),
      starter: source.starter,
    }));
  }

  /** `files` with every comment the lesson translates shown in `language`. */
  private inLanguage(files: LessonFiles, language = this.state.language): LessonFiles {
    return translateFiles(files, this.source?.comments ?? {}, language);
  }

  /** The lesson's starter, solution and original files with their comments in `language`. */
  private shownSource(language: Language): Pick<LessonSessionState, 'starter' | 'solution' | 'originals'> {
    const source = this.source;
    if (!source) return { starter: {}, solution: null, originals: {} };
    return {
      starter: this.inLanguage(source.starter, language),
      solution: source.solution && this.inLanguage(source.solution, language),
      originals: this.inLanguage(source.originals, language),
    };
  }

  /**
   * Shows the comments of every file in `language`, the learner's files included: the comments
   * the lesson wrote change language in place; the learner's code and own comments stay as they
   * are. Not an edit: no draft is saved and Undo of a Reset or Show solution is kept.
   */
  setLanguage(language: Language): void {
    if (language === this.state.language) return;
    const { files, undo, status } = this.state;
    if (!this.source || status !== 'ready') {
      this.update({ language });
      return;
    }
    this.update({
      language,
      ...this.shownSource(language),
      files: this.inLanguage(files, language),
      undo: undo && { ...undo, files: this.inLanguage(undo.files, language) },
    });
  }

  setTimeScale(scale: number): void {
    if (!Number.isFinite(scale) || scale <= 0) {
      throw new RangeError(`The time scale must be a positive number, not ${String(scale)}.`);
    }
    this.update({ timeScale: scale });
  }

  flushDraft(): void {
    this.saver.flush();
  }

  // ── Running ───────────────────────────────────────────────────────────────────────────

  setRunControls(controls: RunControls | null): void {
    this.controls = controls;
    this.update({ canRun: controls !== null });
  }

  run(): void {
    if (this.state.status === 'ready' && !this.state.running) this.controls?.run();
  }

  stop(): void {
    if (this.state.running) this.controls?.stop();
  }

  runStarted(): void {
    // The files about to run are saved first: a run that crashes the tab loses no edit.
    this.saver.flush();
    this.update({ ...noRunResults, running: true });
  }

  runProgress(report: RunReport): void {
    if (this.state.running) this.update({ report });
  }

  runFinished(report: RunReport): void {
    this.update({ running: false, report });
  }

  setCheckResults(results: CheckResult[]): void {
    const lesson = this.state.lesson;
    this.update({ checks: results });
    if (lesson && results.length > 0 && results.every((result) => result.ok)) {
      this.progress.markComplete(lesson.id);
    }
  }

  setMarkers(file: string, markers: readonly RunMarker[]): void {
    this.update({ markers: { ...this.state.markers, [file]: markers } });
  }

  setCharts(configs: readonly ChartConfiguration[]): void {
    this.update({ charts: configs });
  }

  clearConsole(): void {
    this.update({ consoleStart: this.state.report?.output.length ?? 0 });
  }
}

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}
