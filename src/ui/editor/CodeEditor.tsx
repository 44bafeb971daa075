// The editor as the page sees it: Monaco is a large chunk, so the lesson text renders first and
// Monaco's download starts only after that first paint. Until it arrives the learner already
// sees the code (read-only); if it cannot load, the page says so and stays readable.
import { Component, lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useT } from '../i18n/translate';
import type { CodeEditorProps } from './code-editor-props';

const MonacoEditor = lazy(() => import('./MonacoEditor'));

export function CodeEditor(props: CodeEditorProps & { onLoadFailed(message: string): void }) {
  const afterPaint = useAfterFirstPaint();
  const placeholder = <CodePreview code={props.files[props.activeFile] ?? ''} />;
  if (!afterPaint) return placeholder;
  return (
    <EditorLoadBoundary onError={props.onLoadFailed}>
      <Suspense fallback={placeholder}>
        <MonacoEditor {...props} />
      </Suspense>
    </EditorLoadBoundary>
  );
}

/** False for the first paint, then true: what renders behind it waits for the page to show. */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    // A frame callback runs before the next paint; the timeout after it runs once it is done.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}

function CodePreview({ code }: { code: string }) {
  const t = useT();
  return (
    <div className="code-preview" aria-busy="true">
      <p className="code-preview-note" role="status">
        {t('editorLoading')}
      </p>
      <pre>
        <code>{code}</code>
      </pre>
    </div>
  );
}

class EditorLoadBoundary extends Component<
  { children: ReactNode; onError(message: string): void },
  { message: string | null }
> {
  override state = { message: null };

  static getDerivedStateFromError(error: unknown) {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown) {
    this.props.onError(error instanceof Error ? error.message : String(error));
  }

  override render() {
    if (this.state.message === null) return this.props.children;
    return <EditorLoadFailed message={this.state.message} />;
  }
}

function EditorLoadFailed({ message }: { message: string }) {
  const t = useT();
  return (
    <div className="editor-failed" role="alert">
      <p>{t('editorFailed')}</p>
      <p className="editor-failed-detail">{message}</p>
      <button type="button" onClick={() => location.reload()}>
        {t('reload')}
      </button>
    </div>
  );
}
