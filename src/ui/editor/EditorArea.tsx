// The code side of the lesson: a tab for each of the lesson's files (its TypeScript, then the
// lab's original Python, both editable), the editor, and the keyboard hint.
import { useEffect, useId, useState } from 'react';
import type { LessonFiles } from '../../lessons/registry';
import { useT } from '../i18n/translate';
import { isPythonFile } from '../session/lesson-files';
import type { RunMarker } from '../session/run-store';
import { CodeEditor } from './CodeEditor';
import type { ExtraLib } from './code-editor-props';
import { FileTabs, tabElementId, type EditorTab } from './FileTabs';
import { isApplePlatform } from './platform';
import './editor.css';

export interface EditorAreaProps {
  lessonId: string;
  files: LessonFiles;
  /** The file whose tab is selected; the first file when it is absent. */
  shownFile: string | null;
  markers: Readonly<Record<string, readonly RunMarker[]>>;
  /** Loads the declaration files for "parallel" and its sub-modules (after the editor). */
  loadExtraLibs?: (() => Promise<readonly ExtraLib[]>) | undefined;
  onShowFile(file: string): void;
  onChange(file: string, content: string): void;
  onRun(): void;
  onShown(lessonId: string): void;
  onLoadFailed(message: string): void;
}

const noLibs: readonly ExtraLib[] = [];

export function EditorArea(props: EditorAreaProps) {
  const { lessonId, files, shownFile, markers, loadExtraLibs } = props;
  const t = useT();
  const panelId = useId();
  const [extraLibs, setExtraLibs] = useState(noLibs);

  useEffect(() => {
    let current = true;
    loadExtraLibs?.().then((libs) => current && setExtraLibs(libs));
    return () => {
      current = false;
    };
  }, [loadExtraLibs]);

  const tabs: EditorTab[] = Object.keys(files).map((name) =>
    isPythonFile(name) ? { id: name, label: name, note: t('pythonTab') } : { id: name, label: name },
  );
  // A file that no longer exists (setFiles replaced it) falls back to the first.
  const active = shownFile !== null && shownFile in files ? shownFile : (tabs[0]?.id ?? 'main.ts');
  const python = isPythonFile(active);
  const keys = isApplePlatform() ? { tabFocus: '⌃⇧M', run: '⌘↵' } : { tabFocus: 'Ctrl+M', run: 'Ctrl+Enter' };

  return (
    <div className="editor-area">
      <FileTabs
        tabs={tabs}
        selected={active}
        onSelect={props.onShowFile}
        label={t('files')}
        panelId={panelId}
      />
      <div
        id={panelId}
        role="tabpanel"
        className="editor-panel"
        data-testid="editor"
        aria-labelledby={tabElementId(panelId, active)}
      >
        <CodeEditor
          lessonId={lessonId}
          files={files}
          activeFile={active}
          extraLibs={extraLibs}
          markers={markers}
          label={t(python ? 'pythonEditorLabel' : 'editorLabel', { file: active })}
          onChange={props.onChange}
          onRun={props.onRun}
          onShown={props.onShown}
          onLoadFailed={props.onLoadFailed}
        />
      </div>
      <p className="editor-hint">{t(python ? 'keyboardHintPython' : 'keyboardHint', keys)}</p>
    </div>
  );
}
