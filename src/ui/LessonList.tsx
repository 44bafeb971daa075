import type { Lesson } from '../lessons/registry';
import { useLanguage } from './i18n/language';
import { useT } from './i18n/translate';
import { lessonHref } from './route';

export function LessonList({ lessons, currentId }: { lessons: Lesson[]; currentId: string | null }) {
  const t = useT();
  const language = useLanguage();
  return (
    <nav className="lesson-list" aria-label={t('lessons')}>
      <h2>{t('lessons')}</h2>
      {lessons.length === 0 && <p>{t('noLessons')}</p>}
      <ol data-testid="lesson-list">
        {lessons.map((lesson) => (
          <li key={lesson.id}>
            <a href={lessonHref(lesson.id)} aria-current={lesson.id === currentId ? 'page' : undefined}>
              <span className="lesson-number">{lesson.number}</span> {lesson.title[language]}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
