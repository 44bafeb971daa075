// The page's one session, over the browser's localStorage, made once by main.tsx and handed to
// React (SessionProvider) and to window.parallelLab. Drafts are saved as the learner types; they
// are flushed when the page is hidden or closed, the last moment a reload or a closed tab leaves.
import { DraftStore } from '../../lessons/drafts';
import { ProgressStore } from '../../lessons/progress';
import { interpreters } from '../../sandbox/python/interpreters';
import { startRun } from '../../sandbox/run';
import { prepareProgramWorker } from '../../sandbox/program-worker';
import { whenIdle } from '../../sandbox/when-idle';
import { getLanguage, subscribeLanguage } from '../i18n/language';
import { LessonSession } from './lesson-session';

export function createAppSession(): LessonSession {
  const session = new LessonSession({
    drafts: new DraftStore(localStorage),
    progress: new ProgressStore(localStorage),
    // startRun runs TypeScript, and Python (docs/python-mode.md) when the entry ends in .py.
    startProgram: startRun,
    language: getLanguage(),
    // A failure to load shows when Python runs (the run's report says why); nothing waits here.
    preparePython: () => void interpreters.prepare().catch(() => {}),
    pythonLoading: () => (interpreters.loaded ? null : interpreters.prepare()),
  });
  // The first Run finds its program worker started. Not before the editor shows, so that the
  // worker (470 KB, and the child workers it starts) does not compete with the lesson and Monaco.
  const stopWatching = session.editor.subscribe(() => {
    if (session.editor.getState().shown === null) return;
    stopWatching();
    whenIdle(prepareProgramWorker);
  });
  // The comments in the editor follow the page's language.
  subscribeLanguage(() => session.files.setLanguage(getLanguage()));
  addEventListener('pagehide', () => session.files.flushDraft());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') session.files.flushDraft();
  });
  return session;
}
