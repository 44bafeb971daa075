// The page's one session and progress store, over the browser's localStorage. Drafts are saved
// as the learner types; they are flushed when the page is hidden or closed, which is the last
// moment a reload or a closed tab leaves to save them.
import { DraftStore } from '../../lessons/drafts';
import { ProgressStore } from '../../lessons/progress';
import { getLanguage, subscribeLanguage } from '../i18n/language';
import { LessonSession } from './lesson-session';
import { ProgramRunner } from './program-runner';

export const progress = new ProgressStore(localStorage);
export const lessonSession = new LessonSession(new DraftStore(localStorage), progress, getLanguage());
export const programRunner = new ProgramRunner(lessonSession);

// The comments in the editor follow the page's language.
subscribeLanguage(() => lessonSession.setLanguage(getLanguage()));

addEventListener('pagehide', () => lessonSession.flushDraft());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') lessonSession.flushDraft();
});
