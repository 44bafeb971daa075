// The Monaco editor of a lesson: one model per file (file:///lessons/<id>/<name>), kept while
// the learner switches tabs, so each file keeps its cursor, scroll and undo history. Loaded
// lazily by CodeEditor; the default export is what React.lazy expects.
import { useEffect, useEffectEvent, useRef } from 'react';
import { usePrefersDark } from '../media-query';
import type { CodeEditorProps } from './code-editor-props';
import { lineEdits } from './line-edits';
import { runMarkerOwner, toMonacoMarker } from './markers';
import { monaco } from './monaco';
import { defineThemes, themeFor } from './themes';
import { configureTypeScript, setExtraLibs } from './typescript-setup';

export function modelUri(lessonId: string, file: string): monaco.Uri {
  return monaco.Uri.parse(`file:///lessons/${encodeURIComponent(lessonId)}/${file}`);
}

function languageOf(file: string): string {
  if (/\.(m|c)?tsx?$/.test(file)) return 'typescript';
  if (/\.(m|c)?jsx?$/.test(file)) return 'javascript';
  if (file.endsWith('.py')) return 'python';
  return 'plaintext';
}

export default function MonacoEditor(props: CodeEditorProps) {
  const { lessonId, files, activeFile, extraLibs, markers, label } = props;
  const container = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  // The open lesson's models by file name; disposed when another lesson opens.
  const models = useRef(new Map<string, monaco.editor.ITextModel>());
  const modelsLesson = useRef<string | null>(null);
  const viewStates = useRef(new Map<string, monaco.editor.ICodeEditorViewState | null>());
  // True while the page writes into a model, so that write is not reported back as typing.
  const applying = useRef(false);
  const shownLesson = useRef<string | null>(null);
  const dark = usePrefersDark();

  const onChange = useEffectEvent((file: string, content: string) => props.onChange(file, content));
  const onRun = useEffectEvent(() => props.onRun());
  const onShown = useEffectEvent((id: string) => props.onShown(id));
  const initialOptions = useEffectEvent(() => ({ ariaLabel: label, theme: themeFor(dark) }));

  useEffect(() => {
    configureTypeScript();
    defineThemes();
    const element = container.current;
    if (!element) return;
    const editor = monaco.editor.create(element, {
      ...initialOptions(),
      model: null,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 14,
      tabSize: 2,
      scrollBeyondLastLine: false,
      fixedOverflowWidgets: true,
      'semanticHighlighting.enabled': true,
    });
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => onRun());
    editorRef.current = editor;
    const owned = models.current;
    return () => {
      editor.dispose();
      editorRef.current = null;
      owned.forEach((model) => model.dispose());
      owned.clear();
      modelsLesson.current = null;
      shownLesson.current = null;
    };
  }, []);

  useEffect(() => monaco.editor.setTheme(themeFor(dark)), [dark]);
  useEffect(() => editorRef.current?.updateOptions({ ariaLabel: label }), [label]);
  useEffect(() => setExtraLibs(extraLibs), [extraLibs]);

  // Files → models: create what is new, write what changed outside the editor (Reset, Undo,
  // setFiles, comments in another language) as an edit the learner can still undo with Ctrl+Z,
  // drop what is gone.
  useEffect(() => {
    const byName = models.current;
    if (modelsLesson.current !== lessonId) {
      byName.forEach((model) => model.dispose());
      byName.clear();
      viewStates.current.clear();
      modelsLesson.current = lessonId;
    }
    for (const [name, content] of Object.entries(files)) {
      const model = byName.get(name);
      if (!model) {
        const uri = modelUri(lessonId, name);
        monaco.editor.getModel(uri)?.dispose();
        const language = languageOf(name);
        const created = monaco.editor.createModel(content, language, uri);
        // Python is indented by 4 (PEP 8, and every line of the lab's scripts).
        if (language === 'python') created.updateOptions({ tabSize: 4 });
        created.onDidChangeContent(() => {
          if (!applying.current) onChange(name, created.getValue());
        });
        byName.set(name, created);
      } else if (model.getValue() !== content) {
        applying.current = true;
        try {
          model.pushStackElement();
          const edits = lineEdits(model.getValue(), content).map(({ start, end, text }) => ({
            range: monaco.Range.fromPositions(model.getPositionAt(start), model.getPositionAt(end)),
            text,
          }));
          model.pushEditOperations([], edits, () => null);
          model.pushStackElement();
        } finally {
          applying.current = false;
        }
      }
    }
    for (const [name, model] of byName) {
      if (!(name in files)) {
        model.dispose();
        byName.delete(name);
      }
    }
  }, [lessonId, files]);

  // The active file's model in the editor, with its cursor and scroll as the learner left them.
  useEffect(() => {
    const editor = editorRef.current;
    const model = models.current.get(activeFile) ?? models.current.values().next().value;
    if (!editor || !model) return;
    const current = editor.getModel();
    if (current !== model) {
      const currentName = [...models.current].find(([, m]) => m === current)?.[0];
      if (currentName) viewStates.current.set(currentName, editor.saveViewState());
      editor.setModel(model);
      const saved = viewStates.current.get(activeFile);
      if (saved) editor.restoreViewState(saved);
    }
    if (shownLesson.current !== lessonId) {
      shownLesson.current = lessonId;
      onShown(lessonId);
    }
  }, [lessonId, activeFile, files]);

  useEffect(() => {
    for (const [name, model] of models.current) {
      const fileMarkers = markers[name] ?? [];
      monaco.editor.setModelMarkers(
        model,
        runMarkerOwner,
        fileMarkers.map((marker) => toMonacoMarker(model, marker)),
      );
    }
  }, [markers, lessonId, files]);

  return <div ref={container} className="monaco-host" />;
}
