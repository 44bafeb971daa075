// The code side of the lesson: tabs for the lesson's files and the lab's original Python, the
// editor, and the keyboard hint. On wide screens the Python sits beside the editor instead of
// behind a tab.
import { useEffect, useId, useState } from 'react';
import type { LessonFiles } from '../../lessons/registry';
import { useT } from '../i18n/translate';
import { useMediaQuery } from '../media-query';
import type { RunMarker } from '../session/run-store';
import { CodeEditor } from './CodeEditor';
import type { ExtraLib } from './code-editor-props';
import { FileTabs, tabElementId, type EditorTab } from './FileTabs';
import { OriginalSource } from './OriginalSource';
import { isApplePlatform } from './platform';
import './editor.css';

export interface EditorAreaProps {
  lessonId: string;
  files: LessonFiles;
  originals: LessonFiles;
  markers: Readonly<Record<string, readonly RunMarker[]>>;
  /** Loads the declaration files for "parallel" and its sub-modules (after the editor). */
  loadExtraLibs?: (() => Promise<readonly ExtraLib[]>) | undefined;
  onChange(file: string, content: string): void;
  onRun(): void;
  onShown(lessonId: string): void;
  onLoadFailed(message: string): void;
}

const originalPrefix = 'original:';
const noLibs: readonly ExtraLib[] = [];

export function EditorArea(props: EditorAreaProps) {
  const { lessonId, files, originals, markers, loadExtraLibs } = props;
  const t = useT();
  const panelId = useId();
  const sideBySide = useMediaQuery('(min-width: 1700px)') && Object.keys(originals).length > 0;
  const fileNames = Object.keys(files);
  const [selected, setSelected] = useState(fileNames[0] ?? 'main.ts');
  const [extraLibs, setExtraLibs] = useState(noLibs);

  useEffect(() => {
    let current = true;
    loadExtraLibs?.().then((libs) => current && setExtraLibs(libs));
    return () => {
      current = false;
    };
  }, [loadExtraLibs]);

  const tabs: EditorTab[] = [
    ...fileNames.map((name) => ({ id: name, label: name })),
    ...(sideBySide
      ? []
      : Object.keys(originals).map((name) => ({
          id: originalPrefix + name,
          label: name,
          note: t('pythonOriginal'),
        }))),
  ];
  // A tab that no longer exists (the Python moved beside the editor) falls back to the first.
  const active = tabs.some((tab) => tab.id === selected) ? selected : (tabs[0]?.id ?? '');
  const showingOriginal = active.startsWith(originalPrefix);
  const activeFile = showingOriginal ? (fileNames[0] ?? '') : active;
  const keys = isApplePlatform() ? { tabFocus: '⌃⇧M', run: '⌘↵' } : { tabFocus: 'Ctrl+M', run: 'Ctrl+Enter' };

  return (
    <div className={`editor-area${sideBySide ? ' editor-area-wide' : ''}`}>
      <div className="editor-column">
        <FileTabs tabs={tabs} selected={active} onSelect={setSelected} label={t('files')} panelId={panelId} />
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
            activeFile={activeFile}
            extraLibs={extraLibs}
            markers={markers}
            label={t('editorLabel', { file: activeFile })}
            hidden={showingOriginal}
            onChange={props.onChange}
            onRun={props.onRun}
            onShown={props.onShown}
            onLoadFailed={props.onLoadFailed}
          />
          {showingOriginal && (
            <OriginalSource
              name={active.slice(originalPrefix.length)}
              code={originals[active.slice(originalPrefix.length)] ?? ''}
            />
          )}
        </div>
        <p className="editor-hint">{t('keyboardHint', keys)}</p>
      </div>
      {sideBySide && (
        <div className="editor-column original-column">
          {Object.entries(originals).map(([name, code]) => (
            <OriginalSource key={name} name={name} code={code} />
          ))}
        </div>
      )}
    </div>
  );
}
