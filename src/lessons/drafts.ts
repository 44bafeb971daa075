// The learner's edited files, per lesson, in localStorage: saved as they type (debounced) and
// restored when the lesson opens again, so a reload, a crashed run or a switch of lessons
// loses nothing.
import type { LessonFiles } from './registry';
import { readJson, removeKey, writeJson } from './stored-json';

const keyPrefix = 'parallel-lab:draft:';

interface StoredDraft {
  version: 1;
  savedAt: number;
  files: LessonFiles;
  /** The starter files' names when the draft was saved: a later starter file is new content. */
  starterNames: string[];
}

export interface Draft {
  files: LessonFiles;
  starterNames: readonly string[];
}

function isFiles(value: unknown): value is LessonFiles {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((content) => typeof content === 'string')
  );
}

function sameFiles(a: LessonFiles, b: LessonFiles): boolean {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((name) => a[name] === b[name]);
}

export class DraftStore {
  constructor(private readonly storage: Storage) {}

  static key(lessonId: string): string {
    return keyPrefix + lessonId;
  }

  /** The saved draft of a lesson, or null when the learner has not changed its starter files. */
  load(lessonId: string): Draft | null {
    const stored = readJson(this.storage, DraftStore.key(lessonId)) as Partial<StoredDraft> | undefined;
    if (stored?.version !== 1 || !isFiles(stored.files)) return null;
    const starterNames = Array.isArray(stored.starterNames) ? stored.starterNames.map(String) : [];
    return { files: stored.files, starterNames };
  }

  /**
   * Saves `files` as the lesson's draft. Files equal to the starter files remove the draft
   * instead, so an untouched lesson keeps following the starter files as the content evolves.
   * False when the browser refused to store it.
   */
  save(lessonId: string, files: LessonFiles, starter: LessonFiles): boolean {
    if (sameFiles(files, starter)) {
      removeKey(this.storage, DraftStore.key(lessonId));
      return true;
    }
    const draft: StoredDraft = { version: 1, savedAt: Date.now(), files, starterNames: Object.keys(starter) };
    return writeJson(this.storage, DraftStore.key(lessonId), draft);
  }

  clear(lessonId: string): void {
    removeKey(this.storage, DraftStore.key(lessonId));
  }
}

/**
 * What the editor opens with: the learner's draft as they left it, plus any starter file the
 * lesson gained since (new content); a starter file the learner's files replaced stays gone.
 */
export function restoreFiles(starter: LessonFiles, draft: Draft | null): LessonFiles {
  if (!draft) return { ...starter };
  const added = Object.entries(starter).filter(
    ([name]) => !draft.starterNames.includes(name) && !(name in draft.files),
  );
  return { ...draft.files, ...Object.fromEntries(added) };
}

export interface DraftToSave {
  files: LessonFiles;
  starter: LessonFiles;
}

/**
 * Saves at most once per `delayMs` of typing; `flush()` saves what is pending at once (the page
 * is being hidden or the learner switches lessons).
 */
export class DebouncedDraftSaver {
  private pending: { lessonId: string; draft: () => DraftToSave } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly drafts: DraftStore,
    private readonly onSaved: (ok: boolean) => void = () => {},
    private readonly delayMs = 300,
  ) {}

  /** `draft` gives the files to save and the starter they are compared with, when it is time. */
  schedule(lessonId: string, draft: () => DraftToSave): void {
    // A pending draft of another lesson must not wait for (or be replaced by) this one.
    if (this.pending && this.pending.lessonId !== lessonId) this.flush();
    this.pending = { lessonId, draft };
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const pending = this.pending;
    this.pending = null;
    if (!pending) return;
    const { files, starter } = pending.draft();
    this.onSaved(this.drafts.save(pending.lessonId, files, starter));
  }

  get hasPending(): boolean {
    return this.pending !== null;
  }
}
