// Stand-ins for the session's tests: a lesson whose files are given, and programs that run only
// when the test says they finish (their reports built as the lessons' check tests build theirs).
import type { Lesson, LessonFiles } from '../../lessons/registry';
import type { Check, CommentTranslations } from '../../lessons/types';
import type { RunReport } from '../../sandbox/report';
import { report } from '../../../lessons/test-helpers';
import type { RunOptions } from '../../sandbox/run';
import type { StartProgram } from './run-store';

export function fakeLesson(
  id: string,
  starter: LessonFiles,
  o: {
    solution?: LessonFiles | null;
    comments?: CommentTranslations;
    originals?: LessonFiles;
    check?: Check;
  } = {},
): Lesson {
  return {
    id,
    number: Number(id.slice(0, 2)),
    title: { en: id, ja: id },
    summary: { en: '', ja: '' },
    loadProse: () => Promise.resolve({ en: '', ja: '' }),
    loadedProse: () => null,
    needsIsolation: false,
    loadFiles: async () => ({ ...starter }),
    loadSolution: async () => o.solution ?? null,
    loadOriginals: async () => ({ ...o.originals }),
    loadCheck: async () => o.check ?? (() => []),
    loadComments: async () => o.comments ?? {},
  };
}

/** A program started by a test: it ends when the test calls finish(), or when it is stopped. */
export interface FakeProgram {
  files: LessonFiles;
  options: RunOptions;
  stopped: boolean;
  /** Sends a live update, as the sandbox does while a program runs. */
  progress(over?: Partial<RunReport>): void;
  finish(over?: Partial<RunReport>): void;
}

export function fakePrograms(): { start: StartProgram; started: FakeProgram[] } {
  const started: FakeProgram[] = [];
  const start: StartProgram = (files, options) => {
    let resolve: (report: RunReport) => void = () => {};
    const done = new Promise<RunReport>((r) => (resolve = r));
    const end = (final: RunReport) => {
      options.onUpdate?.({ ...final, running: false, tasks: [], figures: [] });
      resolve(final);
    };
    const program: FakeProgram = {
      files,
      options,
      stopped: false,
      progress: (over) => options.onUpdate?.({ ...report(over), running: true, tasks: [], figures: [] }),
      finish: (over) => end(report(over)),
    };
    started.push(program);
    return {
      report: done,
      stop: () => {
        program.stopped = true;
        end(report({ status: 'stopped' }));
      },
    };
  };
  return { start, started };
}
