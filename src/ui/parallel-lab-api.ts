// window.parallelLab: the stable testing contract of DESIGN §5. Methods join as the features
// behind them land; each one drives the app exactly as a learner's click would.
import { registry } from '../lessons/registry';
import { getLanguage, setLanguage } from './i18n/language';
import { lessonHref } from './route';

export interface ParallelLabApi {
  lessons(): { id: string; title: string }[];
  open(id: string): Promise<void>;
  setLanguage(lang: 'en' | 'ja'): void;
  isolated(): boolean;
}

declare global {
  interface Window {
    parallelLab: ParallelLabApi;
  }
}

export function installParallelLabApi(): void {
  window.parallelLab = {
    lessons: () => registry.lessons.map((l) => ({ id: l.id, title: l.title[getLanguage()] })),
    async open(id) {
      if (!registry.lessons.some((l) => l.id === id)) {
        throw new Error(`No lesson "${id}". Known: ${registry.lessons.map((l) => l.id).join(', ')}`);
      }
      location.hash = lessonHref(id);
    },
    setLanguage,
    isolated: () => window.crossOriginIsolated,
  };
}
