// Which lessons the learner has completed (all checks passed once), kept in localStorage and
// readable from React through subscribe/getSnapshot (useSyncExternalStore).
import { readJson, writeJson } from './stored-json';

const storageKey = 'parallel-lab:progress';

interface StoredProgress {
  version: 1;
  /** Lesson id → when its checks first all passed (ms since the epoch). */
  completed: Record<string, number>;
}

export class ProgressStore {
  private completed: ReadonlySet<string>;
  private completedAt: Record<string, number>;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly storage: Storage) {
    const stored = readJson(storage, storageKey) as Partial<StoredProgress> | undefined;
    const completed =
      stored?.version === 1 && typeof stored.completed === 'object' && stored.completed !== null
        ? stored.completed
        : {};
    this.completedAt = { ...completed };
    this.completed = new Set(Object.keys(completed));
  }

  isComplete(lessonId: string): boolean {
    return this.completed.has(lessonId);
  }

  /** Marks a lesson complete; it stays complete even if a later run fails. */
  markComplete(lessonId: string): void {
    if (this.completed.has(lessonId)) return;
    this.completedAt = { ...this.completedAt, [lessonId]: Date.now() };
    // A new Set per change: React compares snapshots by identity.
    this.completed = new Set(Object.keys(this.completedAt));
    const stored: StoredProgress = { version: 1, completed: this.completedAt };
    writeJson(this.storage, storageKey, stored);
    this.listeners.forEach((notify) => notify());
  }

  /** The ids of the completed lessons; the same object until something changes. */
  getSnapshot = (): ReadonlySet<string> => this.completed;

  subscribe = (notify: () => void): (() => void) => {
    this.listeners.add(notify);
    return () => this.listeners.delete(notify);
  };
}
