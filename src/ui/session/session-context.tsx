// The session, handed to React through context (not module singletons), so a page, a test or a
// second tab of the lab each render the session they were given. Each hook re-renders its
// component when the part of a store it selects changes.
import { createContext, use, useSyncExternalStore, type ReactNode } from 'react';
import type { EditorReadinessState } from './editor-readiness';
import type { LessonFilesState } from './lesson-files';
import type { LessonSession } from './lesson-session';
import type { RunState } from './run-store';
import type { Store } from './store';

const SessionContext = createContext<LessonSession | null>(null);

export function SessionProvider({ session, children }: { session: LessonSession; children: ReactNode }) {
  return <SessionContext value={session}>{children}</SessionContext>;
}

export function useLessonSession(): LessonSession {
  const session = use(SessionContext);
  if (!session) throw new Error('No session: render the page inside <SessionProvider session={…}>.');
  return session;
}

/**
 * A part of a store's state. The selector must return something from the state (not a new
 * object), so unchanged parts compare equal.
 */
function useStore<S extends object, T>(store: Store<S>, select: (state: S) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}

export function useFilesState<T>(select: (state: LessonFilesState) => T): T {
  return useStore(useLessonSession().files, select);
}

export function useRunState<T>(select: (state: RunState) => T): T {
  return useStore(useLessonSession().runs, select);
}

export function useEditorReadiness<T>(select: (state: EditorReadinessState) => T): T {
  return useStore(useLessonSession().editor, select);
}

export function useCompletedLessons(): ReadonlySet<string> {
  const { progress } = useLessonSession();
  return useSyncExternalStore(progress.subscribe, progress.getSnapshot);
}
