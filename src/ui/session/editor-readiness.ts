// The handshake with the editor, which loads after the lesson text: which lesson it shows, or
// why it could not load. window.parallelLab.open resolves once the editor shows the lesson.
import { Store } from './store';

export interface EditorReadinessState {
  /** The lesson whose files the editor shows. */
  shown: string | null;
  /** Why the editor could not load (its chunk failed to download), if it could not. */
  error: string | null;
}

interface Waiter {
  lessonId: string;
  resolve: () => void;
  reject: (error: Error) => void;
}

export class EditorReadiness extends Store<EditorReadinessState> {
  private waiters: Waiter[] = [];

  constructor() {
    super({ shown: null, error: null });
  }

  /** Resolves when the editor shows the files of `lessonId`; rejects if the editor cannot load. */
  whenShown(lessonId: string): Promise<void> {
    const { shown, error } = this.getState();
    if (error) return Promise.reject(new Error(error));
    if (shown === lessonId) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ lessonId, resolve, reject }));
  }

  /** Another lesson is opening: the editor shows nothing of it yet. */
  forget(): void {
    if (this.getState().shown !== null) this.update({ shown: null });
  }

  /** The editor shows this lesson's files. */
  shown(lessonId: string): void {
    if (this.getState().shown !== lessonId) this.update({ shown: lessonId });
    const ready = this.waiters.filter((waiter) => waiter.lessonId === lessonId);
    this.waiters = this.waiters.filter((waiter) => waiter.lessonId !== lessonId);
    ready.forEach((waiter) => waiter.resolve());
  }

  /** The editor could not load: every waiter fails with why. */
  failed(message: string): void {
    this.update({ error: message });
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((waiter) => waiter.reject(new Error(message)));
  }
}
