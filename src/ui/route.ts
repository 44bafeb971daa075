// The open lesson lives in the URL hash (#/03-pool-map): deep links work on any static host,
// under any base path, with no rewrite rules.
import { useSyncExternalStore } from 'react';

function subscribe(notify: () => void): () => void {
  window.addEventListener('hashchange', notify);
  return () => window.removeEventListener('hashchange', notify);
}

export function currentLessonId(): string | null {
  const id = decodeURIComponent(location.hash.replace(/^#\/?/, ''));
  return id || null;
}

export function useLessonId(): string | null {
  return useSyncExternalStore(subscribe, currentLessonId);
}

export function lessonHref(id: string): string {
  return `#/${encodeURIComponent(id)}`;
}
