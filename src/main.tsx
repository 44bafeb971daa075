import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registry } from './lessons/registry';
import { App } from './ui/App';
import { installParallelLabApi } from './ui/parallel-lab-api';
import { createAppSession } from './ui/session/app-session';
import { SessionProvider } from './ui/session/session-context';
import { currentLessonId } from './ui/route';
import { whenIdle } from './sandbox/when-idle';
import './ui/styles.css';

const session = createAppSession();
installParallelLabApi(session);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The runtime's declarations for the editor, generated at build time; loaded with the editor,
// not before the lesson text.
const loadExtraLibs = () => import('virtual:runtime-types').then((module) => module.default);

// Chart.js draws the timeline of the first run. Evaluating its chunk takes tens of milliseconds,
// so it is loaded once the page is idle, not in the middle of that run.
addEventListener('load', () =>
  whenIdle(() => void Promise.all([import('./ui/timeline/timeline-chart'), import('./ui/charts/chart-js')])),
);

// The text of the lesson in the address starts loading now, beside React's first render, not
// after it (a request less in the way of the first text; LessonProse gets the same promise and
// reports a failure).
void registry.lessons
  .find((lesson) => lesson.id === currentLessonId())
  ?.loadProse()
  .catch(() => {});

createRoot(root).render(
  <StrictMode>
    <SessionProvider session={session}>
      <App loadExtraLibs={loadExtraLibs} />
    </SessionProvider>
  </StrictMode>,
);
