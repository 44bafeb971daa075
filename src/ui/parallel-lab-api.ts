// window.parallelLab: the stable testing contract of docs/testing.md. Each method drives the app
// exactly as a learner's click or key does, through the same session methods.
import { registry } from '../lessons/registry';
import type { LessonFiles } from '../lessons/registry';
import { getLanguage, setLanguage } from './i18n/language';
import { currentLessonId, lessonHref } from './route';
import type { LessonSession } from './session/lesson-session';
import type { RunReport } from '../sandbox/report';
import type { CheckResult } from '../lessons/types';
import { interpreters } from '../sandbox/python/interpreters';

export interface ParallelLabApi {
  lessons(): { id: string; title: string }[];
  /** Opens a lesson; resolves once its files are loaded and shown in the editor. */
  open(id: string): Promise<void>;
  /** The open lesson's files, as the editor holds them. */
  getFiles(): Record<string, string>;
  /** Replaces the open lesson's files: in the editor, and saved as the learner's draft. */
  setFiles(files: Record<string, string>): void;
  /** sleep(s) sleeps s × x in the next runs; the toolbar shows it when it is not 1. */
  setTimeScale(x: number): void;
  setLanguage(lang: 'en' | 'ja'): void;
  /**
   * Runs the open lesson's files (a run in progress is stopped first) and resolves with the
   * report; `entry` is the file to run (default main.ts), `timeLimit` in seconds.
   */
  run(o?: { timeLimit?: number; entry?: string }): Promise<RunReport>;
  /** Stops the run in progress, at once. */
  stop(): void;
  /** The lesson check's verdicts on the last run (running the files first if they never ran). */
  check(): Promise<CheckResult[]>;
  isolated(): boolean;
  /**
   * Resolves once Python is loaded and every spare interpreter is booted: what a learner who
   * reads before pressing Run has, and what the lab's timings assume (a Pool's workers up at
   * once). Tests that judge a Python script's order of lines wait for it; it starts loading
   * Python if nothing has.
   */
  pythonWarm(): Promise<void>;
}

declare global {
  interface Window {
    parallelLab: ParallelLabApi;
  }
}

export function installParallelLabApi(session: LessonSession): void {
  window.parallelLab = {
    lessons: () => registry.lessons.map((l) => ({ id: l.id, title: l.title[getLanguage()] })),
    async open(id) {
      const lesson = registry.lessons.find((l) => l.id === id);
      if (!lesson) {
        throw new Error(`No lesson "${id}". Known: ${registry.lessons.map((l) => l.id).join(', ')}`);
      }
      if (currentLessonId() !== id) location.hash = lessonHref(id);
      // The page opens the lesson when the hash changes; opening it here too starts the load
      // at once (open is idempotent) and lets this promise see a load failure.
      await session.open(lesson);
      await session.editor.whenShown(id);
    },
    getFiles() {
      const { status, files } = session.files.getState();
      if (status !== 'ready') throw new Error('No lesson is open yet: await parallelLab.open(id) first.');
      return { ...files };
    },
    setFiles(files) {
      if (
        typeof files !== 'object' ||
        files === null ||
        Object.values(files).some((v) => typeof v !== 'string')
      ) {
        throw new TypeError('setFiles expects an object of file name → file content (strings).');
      }
      session.files.setFiles(files as LessonFiles);
    },
    setTimeScale: (x) => session.runs.setTimeScale(x),
    setLanguage,
    run: (o) => session.run(o),
    stop: () => session.stop(),
    check: () => session.check(),
    isolated: () => window.crossOriginIsolated,
    pythonWarm: () => interpreters.warm(),
  };
}
