import type { MouseEvent } from 'react';
import { registry } from '../lessons/registry';
import type { ExtraLib } from './editor/code-editor-props';
import { IsolationStatus } from './IsolationStatus';
import { LanguageSwitch } from './LanguageSwitch';
import { LessonList } from './LessonList';
import { LessonPage } from './LessonPage';
import { useT } from './i18n/translate';
import { useLessonId } from './route';

export interface AppProps {
  /** Loads the declaration files of "parallel" and its sub-modules for the editor. */
  loadExtraLibs?: () => Promise<readonly ExtraLib[]>;
}

export function App({ loadExtraLibs }: AppProps) {
  const t = useT();
  const lessonId = useLessonId();
  const lesson = registry.lessons.find((l) => l.id === lessonId) ?? registry.lessons[0];
  return (
    <div className="app">
      <a className="skip-link" href="#lesson-main" onClick={skipToLesson}>
        {t('skipToLesson')}
      </a>
      <header className="app-header">
        <div className="brand">
          <strong>{t('appTitle')}</strong> <span className="tagline">{t('tagline')}</span>
        </div>
        <IsolationStatus />
        <LanguageSwitch />
      </header>
      <LessonList lessons={registry.lessons} currentId={lesson?.id ?? null} />
      <main className="app-main" id="lesson-main" tabIndex={-1}>
        {lesson && <LessonPage lesson={lesson} loadExtraLibs={loadExtraLibs} />}
      </main>
    </div>
  );
}

// The URL hash names the lesson, so the skip link moves focus itself instead of following
// its #fragment (which would read as a lesson id).
function skipToLesson(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('lesson-main')?.focus();
}
