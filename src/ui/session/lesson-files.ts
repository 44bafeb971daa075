// The open lesson's files: what the learner edits (their draft over the starter files: the
// TypeScript and the lab's original Python), the solution, the file the editor shows, the
// language their comments are shown in, and the Undo of the last Reset or Show solution. Drafts
// are saved as the learner types.
import { codeLanguageOf, translateFiles } from '../../lessons/comment-language';
import { DebouncedDraftSaver, restoreFiles, type DraftStore } from '../../lessons/drafts';
import type { Lesson, LessonFiles } from '../../lessons/registry';
import type { CommentTranslations, Language } from '../../lessons/types';
import { Store } from './store';

export type UndoableAction = 'reset' | 'solution';

export interface LessonFilesState {
  lesson: Lesson | null;
  /** 'loading' until the lesson's files are in `files`; 'failed' with `loadError`. */
  status: 'idle' | 'loading' | 'ready' | 'failed';
  loadError: string | null;
  /** The language the files' comments are shown in (the lesson's comments.ts translates them). */
  language: Language;
  /**
   * The files the learner edits: their draft, or the starter files; comments in `language`. The
   * lab's original Python (`original/*.py`) is among them, as editable and runnable as the rest.
   */
  files: LessonFiles;
  /** The lesson's files as it gives them: its TypeScript, then its original Python. */
  starter: LessonFiles;
  solution: LessonFiles | null;
  /** The file the editor shows (its tab is selected); Run runs it when it is Python. */
  shownFile: string | null;
  /** The files before the last Reset / Show solution, while that can still be undone. */
  undo: { action: UndoableAction; files: LessonFiles } | null;
  /** False when the browser refused to store the last draft (storage full or disabled). */
  draftSaved: boolean;
}

const noLesson = {
  status: 'idle',
  loadError: null,
  files: {},
  starter: {},
  solution: null,
  shownFile: null,
  undo: null,
} satisfies Partial<LessonFilesState>;

/** The open lesson's code as written (comments in English), and the Japanese of its comments. */
interface LessonSource {
  starter: LessonFiles;
  solution: LessonFiles | null;
  comments: CommentTranslations;
}

/** True for a Python file, which runs as Python (docs/python-mode.md). */
export function isPythonFile(name: string): boolean {
  return codeLanguageOf(name) === 'py';
}

/** The Python file the editor shows, which Run runs; null when it shows TypeScript. */
export function shownPythonFile({
  shownFile,
  files,
}: Pick<LessonFilesState, 'shownFile' | 'files'>): string | null {
  return shownFile !== null && shownFile in files && isPythonFile(shownFile) ? shownFile : null;
}

export class LessonFilesStore extends Store<LessonFilesState> {
  private readonly saver: DebouncedDraftSaver;
  private source: LessonSource | null = null;
  private loading: Promise<void> | null = null;

  constructor(
    private readonly drafts: DraftStore,
    language: Language = 'en',
  ) {
    super({ ...noLesson, lesson: null, language, draftSaved: true });
    this.saver = new DebouncedDraftSaver(drafts, (ok) => {
      if (ok !== this.getState().draftSaved) this.update({ draftSaved: ok });
    });
  }

  /** True while `lesson` is open, loaded or loading. */
  isOpen(lesson: Lesson): boolean {
    const { lesson: open, status } = this.getState();
    return open?.id === lesson.id && status !== 'failed' && this.loading !== null;
  }

  /** Opens a lesson (after saving the last one's pending draft); resolves once its files are loaded. */
  open(lesson: Lesson): Promise<void> {
    if (this.isOpen(lesson) && this.loading) return this.loading;
    this.saver.flush();
    this.source = null;
    this.update({ ...noLesson, lesson, status: 'loading' });
    const loading = this.load(lesson);
    this.loading = loading;
    return loading;
  }

  private async load(lesson: Lesson): Promise<void> {
    const stillOpen = () => this.getState().lesson?.id === lesson.id;
    try {
      const [starter, solution, originals, comments] = await Promise.all([
        lesson.loadFiles(),
        lesson.loadSolution(),
        lesson.loadOriginals(),
        lesson.loadComments(),
      ]);
      if (!stillOpen()) return;
      // The original Python is the learner's to edit and run too: a file of the lesson like the
      // TypeScript, kept in the same draft, restored by the same Reset.
      this.source = { starter: { ...starter, ...originals }, solution, comments };
      const { language } = this.getState();
      const files = this.inLanguage(restoreFiles(this.source.starter, this.drafts.load(lesson.id)), language);
      this.update({
        status: 'ready',
        ...this.shownSource(language),
        files,
        shownFile: Object.keys(files)[0] ?? null,
      });
    } catch (error) {
      if (!stillOpen()) return;
      this.update({ status: 'failed', loadError: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }

  /** The learner changed one file in the editor. */
  editFile(name: string, content: string): void {
    const { lesson, files, status } = this.getState();
    if (!lesson || status !== 'ready' || files[name] === content) return;
    const next = { ...files, [name]: content };
    // Typing after a Reset or Show solution keeps that choice: Undo would now lose the typing.
    this.update({ files: next, undo: null });
    this.scheduleDraft(lesson.id, next);
  }

  /** The editor shows `name` (the learner picked its tab). */
  showFile(name: string): void {
    if (name !== this.getState().shownFile) this.update({ shownFile: name });
  }

  /** Replaces every file of the open lesson, and saves them at once. */
  setFiles(files: LessonFiles): void {
    const { lesson, status } = this.getState();
    if (!lesson || status !== 'ready') throw new Error('No lesson is open yet: await open(id) first.');
    this.replaceFiles({ ...files }, null);
  }

  reset(): void {
    this.replaceFiles({ ...this.getState().starter }, 'reset');
  }

  /** Shows the TypeScript solution; the learner's Python stays as it is (it has no solution). */
  showSolution(): void {
    const { solution, files } = this.getState();
    if (!solution) return;
    const python = Object.entries(files).filter(([name]) => isPythonFile(name));
    this.replaceFiles({ ...solution, ...Object.fromEntries(python) }, 'solution');
  }

  undo(): void {
    const { undo } = this.getState();
    if (undo) this.replaceFiles(undo.files, null);
  }

  dismissUndo(): void {
    if (this.getState().undo) this.update({ undo: null });
  }

  private replaceFiles(files: LessonFiles, action: UndoableAction | null): void {
    const { lesson, status } = this.getState();
    if (!lesson || status !== 'ready') return;
    const undo = action ? { action, files: this.getState().files } : null;
    this.update({ files, undo });
    this.scheduleDraft(lesson.id, files);
    this.saver.flush();
  }

  /**
   * Shows the comments of every file in `language`, the learner's files included: the comments
   * the lesson wrote change language in place; the learner's code and own comments stay as they
   * are. Not an edit: no draft is saved and the Undo of a Reset or Show solution is kept.
   */
  setLanguage(language: Language): void {
    const { files, undo, status } = this.getState();
    if (language === this.getState().language) return;
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

  /** Saves a pending draft now (the page is being hidden, or a run starts). */
  flushDraft(): void {
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

  /** `files` with every comment the open lesson translates shown in `language`. */
  private inLanguage(files: LessonFiles, language: Language): LessonFiles {
    return translateFiles(files, this.source?.comments ?? {}, language);
  }

  /** The lesson's starter and solution files with their comments in `language`. */
  private shownSource(language: Language): Pick<LessonFilesState, 'starter' | 'solution'> {
    const source = this.source;
    if (!source) return { starter: {}, solution: null };
    return {
      starter: this.inLanguage(source.starter, language),
      solution: source.solution && this.inLanguage(source.solution, language),
    };
  }
}
