import { useSyncExternalStore } from 'react';
import type { ProgressStore } from '../../lessons/progress';
import { lessonSession, progress } from './app-session';
import type { LessonSession, LessonSessionState } from './lesson-session';

/**
 * A part of the session state; the component re-renders when that part changes. The selector
 * must return something from the state (not a new object), so unchanged parts compare equal.
 */
export function useSession<T>(
  select: (state: LessonSessionState) => T,
  session: LessonSession = lessonSession,
): T {
  return useSyncExternalStore(session.subscribe, () => select(session.getState()));
}

export function useCompletedLessons(store: ProgressStore = progress): ReadonlySet<string> {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
