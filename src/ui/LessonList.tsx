import type { Lesson } from '../lessons/registry';
import { useLanguage } from './i18n/language';
import { useT } from './i18n/translate';
import { lessonHref } from './route';
import { useCompletedLessons } from './session/session-context';

export function LessonList({ lessons, currentId }: { lessons: Lesson[]; currentId: string | null }) {
  const t = useT();
  const language = useLanguage();
  const completed = useCompletedLessons();
  const done = lessons.filter((lesson) => completed.has(lesson.id)).length;
  return (
    <nav className="lesson-list" aria-label={t('lessons')}>
      <h2>{t('lessons')}</h2>
      {lessons.length === 0 && <p>{t('noLessons')}</p>}
      {lessons.length > 0 && (
        <div className="progress">
          <label htmlFor="lesson-progress">{t('progressSummary', { done, total: lessons.length })}</label>
          <progress id="lesson-progress" data-testid="progress" value={done} max={lessons.length} />
        </div>
      )}
      <ol data-testid="lesson-list">
        {lessons.map((lesson) => {
          const complete = completed.has(lesson.id);
          return (
            <li key={lesson.id} className={complete ? 'lesson-complete' : undefined}>
              <a href={lessonHref(lesson.id)} aria-current={lesson.id === currentId ? 'page' : undefined}>
                <span className="lesson-number">{lesson.number}</span>
                <span className="lesson-name">{lesson.title[language]}</span>
                {complete && (
                  <span className="lesson-tick" title={t('completed')}>
                    <span aria-hidden="true">✓</span>
                    <span className="visually-hidden"> ({t('completed')})</span>
                  </span>
                )}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
