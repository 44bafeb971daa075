// The page a learner works in: the lesson's prose on one side; on the other the toolbar, the
// editor and the panels that show a run. Each part subscribes to the slice of the session it
// shows, so a live run redraws the panels, not the prose or the editor.
import { canShareMemory } from './isolation';
import { useEffect, useState, type KeyboardEvent } from 'react';
import type { Lesson } from '../lessons/registry';
import type { Bilingual } from '../lessons/types';
import { ChartsPanel } from './charts/ChartsPanel';
import { CheckResultsPanel } from './checks/CheckResultsPanel';
import { ConsolePanel } from './console/ConsolePanel';
import type { ExtraLib } from './editor/code-editor-props';
import { EditorArea } from './editor/EditorArea';
import { FilesPanel } from './files/FilesPanel';
import { useLanguage } from './i18n/language';
import { useT } from './i18n/translate';
import { shownPythonFile } from './session/lesson-files';
import type { LessonSession } from './session/lesson-session';
import { useCompletedLessons, useFilesState, useLessonSession, useRunState } from './session/session-context';
import { TimelinePanel } from './timeline/TimelinePanel';
import { Toolbar } from './toolbar/Toolbar';
import { UndoToast } from './toolbar/UndoToast';

export interface LessonPageProps {
  lesson: Lesson;
  loadExtraLibs?: (() => Promise<readonly ExtraLib[]>) | undefined;
}

// Run from a click or a key runs what the editor shows (a Python tab runs that file): a failure
// is in the report, and before a lesson is open Run is disabled, so nothing waits on the promise.
function runFromPage(session: LessonSession): void {
  session.runShownFile().catch(() => {});
}

export function LessonPage({ lesson, loadExtraLibs }: LessonPageProps) {
  const language = useLanguage();
  const t = useT();
  const session = useLessonSession();
  useEffect(() => {
    // A failure is shown from the session's state; nothing else waits on this promise.
    session.open(lesson).catch(() => {});
  }, [session, lesson]);

  // Ctrl/Cmd+Enter runs from anywhere in the workbench; inside Monaco its own binding does.
  const onKeyDown = (event: KeyboardEvent) => {
    const inEditor = event.target instanceof Element && event.target.closest('.monaco-editor');
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !inEditor) {
      event.preventDefault();
      runFromPage(session);
    }
  };

  return (
    <div className="lesson-page">
      <article className="lesson-prose" lang={language} aria-labelledby="lesson-title">
        <h1 id="lesson-title" data-testid="lesson-title">
          {lesson.title[language]}
        </h1>
        {lesson.needsIsolation && !canShareMemory() && (
          <p className="notice notice-warn" role="note">
            {t(window.crossOriginIsolated ? 'needsSharedArrayBuffer' : 'needsIsolation')}
          </p>
        )}
        <LessonProse lesson={lesson} />
      </article>
      <section className="workbench" aria-label={t('workbench')} onKeyDown={onKeyDown}>
        <LessonToolbar />
        <LessonEditor lessonId={lesson.id} loadExtraLibs={loadExtraLibs} />
        <RunPanels lessonId={lesson.id} />
      </section>
    </div>
  );
}

// The prose loads when the lesson opens (src/lessons/registry.ts says why); the title and the
// workbench do not wait for it. Prose that is already here (main.tsx starts loading the first
// lesson's before React renders) shows in the first render.
function LessonProse({ lesson }: { lesson: Lesson }) {
  const t = useT();
  const language = useLanguage();
  const [loaded, setLoaded] = useState<{ id: string; prose?: Bilingual; error?: string } | null>(() => {
    const prose = lesson.loadedProse();
    return prose && { id: lesson.id, prose };
  });
  useEffect(() => {
    let current = true;
    lesson.loadProse().then(
      (prose) => current && setLoaded({ id: lesson.id, prose }),
      (error: unknown) => current && setLoaded({ id: lesson.id, error: String(error) }),
    );
    return () => {
      current = false;
    };
  }, [lesson]);
  if (loaded?.id !== lesson.id) {
    return (
      <p className="panel-empty" role="status">
        {t('lessonLoading')}
      </p>
    );
  }
  // The prose is our own lessons' Markdown, made HTML at build time (src/lessons/prose-html.ts).
  if (loaded.prose)
    return <div className="prose" dangerouslySetInnerHTML={{ __html: loaded.prose[language] }} />;
  return (
    <p className="notice notice-error" role="alert">
      {t('lessonLoadFailed', { error: loaded.error ?? '' })}
    </p>
  );
}

function LessonToolbar() {
  const session = useLessonSession();
  const status = useFilesState((s) => s.status);
  const solution = useFilesState((s) => s.solution);
  const draftSaved = useFilesState((s) => s.draftSaved);
  const undo = useFilesState((s) => s.undo);
  const pythonFile = useFilesState(shownPythonFile);
  const running = useRunState((s) => s.running);
  const loadingPython = useRunState((s) => s.loadingPython);
  const timeScale = useRunState((s) => s.timeScale);
  const report = useRunState((s) => s.report);
  return (
    <>
      <Toolbar
        ready={status === 'ready'}
        running={running}
        loadingPython={loadingPython}
        hasSolution={solution !== null}
        timeScale={timeScale}
        report={running ? null : report}
        draftSaved={draftSaved}
        pythonFile={pythonFile}
        onRun={() => runFromPage(session)}
        onStop={() => session.stop()}
        onReset={() => session.files.reset()}
        onShowSolution={() => session.files.showSolution()}
      />
      <UndoToast
        action={undo?.action ?? null}
        onUndo={() => session.files.undo()}
        onDismiss={() => session.files.dismissUndo()}
      />
    </>
  );
}

function LessonEditor({
  lessonId,
  loadExtraLibs,
}: {
  lessonId: string;
  loadExtraLibs: LessonPageProps['loadExtraLibs'];
}) {
  const t = useT();
  const session = useLessonSession();
  const sessionLesson = useFilesState((s) => s.lesson?.id);
  const status = useFilesState((s) => s.status);
  const loadError = useFilesState((s) => s.loadError);
  const files = useFilesState((s) => s.files);
  const shownFile = useFilesState((s) => s.shownFile);
  const markers = useRunState((s) => s.markers);
  if (sessionLesson !== lessonId || status === 'loading' || status === 'idle') {
    return (
      <p className="panel-empty editor-loading" role="status">
        {t('lessonLoading')}
      </p>
    );
  }
  if (status === 'failed') {
    return (
      <p className="notice notice-error" role="alert">
        {t('lessonLoadFailed', { error: loadError ?? '' })}
      </p>
    );
  }
  return (
    <EditorArea
      // A new lesson starts on its first file, with fresh tabs.
      key={lessonId}
      lessonId={lessonId}
      files={files}
      shownFile={shownFile}
      markers={markers}
      loadExtraLibs={loadExtraLibs}
      onShowFile={(file) => session.showFile(file)}
      onChange={(file, content) => session.files.editFile(file, content)}
      onRun={() => runFromPage(session)}
      onShown={(id) => session.editor.shown(id)}
      onLoadFailed={(message) => session.editor.failed(message)}
    />
  );
}

function RunPanels({ lessonId }: { lessonId: string }) {
  const session = useLessonSession();
  const report = useRunState((s) => s.report);
  const running = useRunState((s) => s.running);
  const consoleStart = useRunState((s) => s.consoleStart);
  const checks = useRunState((s) => s.checks);
  const pythonRun = useRunState((s) => s.pythonRun);
  const charts = useRunState((s) => s.charts);
  const complete = useCompletedLessons().has(lessonId);
  return (
    <div className="run-panels">
      <ConsolePanel
        output={report?.output ?? noOutput}
        processes={report?.processes ?? noProcesses}
        start={consoleStart}
        error={running ? undefined : report?.error}
        onClear={() => session.runs.clearConsole()}
      />
      <CheckResultsPanel checks={checks} running={running} pythonRun={pythonRun} complete={complete} />
      <TimelinePanel report={report} running={running} />
      <ChartsPanel configs={charts} />
      <FilesPanel />
    </div>
  );
}

const noOutput: never[] = [];
const noProcesses: never[] = [];
