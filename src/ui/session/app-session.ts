// The page's one session and progress store, over the browser's localStorage. Drafts are saved
// as the learner types; they are flushed when the page is hidden or closed, which is the last
// moment a reload or a closed tab leaves to save them.
import { DraftStore } from '../../lessons/drafts';
import { ProgressStore } from '../../lessons/progress';
import { LessonSession } from './lesson-session';
import { ProgramRunner } from './program-runner';

export const progress = new ProgressStore(localStorage);
export const lessonSession = new LessonSession(new DraftStore(localStorage), progress);
export const programRunner = new ProgramRunner(lessonSession);

addEventListener('pagehide', () => lessonSession.flushDraft());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') lessonSession.flushDraft();
});
