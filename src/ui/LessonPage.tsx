import type { Lesson } from '../lessons/registry';
import { useLanguage } from './i18n/language';
import { Markdown } from './Markdown';

export function LessonPage({ lesson }: { lesson: Lesson }) {
  const language = useLanguage();
  return (
    <article className="lesson" lang={language}>
      <h1 data-testid="lesson-title">{lesson.title[language]}</h1>
      <Markdown source={lesson.prose[language]} />
    </article>
  );
}
