import { registry } from '../lessons/registry';
import { IsolationStatus } from './IsolationStatus';
import { LanguageSwitch } from './LanguageSwitch';
import { LessonList } from './LessonList';
import { LessonPage } from './LessonPage';
import { useT } from './i18n/translate';
import { useLessonId } from './route';

export function App() {
  const t = useT();
  const lessonId = useLessonId();
  const lesson = registry.lessons.find((l) => l.id === lessonId) ?? registry.lessons[0];
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <strong>{t('appTitle')}</strong> <span className="tagline">{t('tagline')}</span>
        </div>
        <IsolationStatus />
        <LanguageSwitch />
      </header>
      <LessonList lessons={registry.lessons} currentId={lesson?.id ?? null} />
      <main className="app-main">{lesson && <LessonPage lesson={lesson} />}</main>
    </div>
  );
}
