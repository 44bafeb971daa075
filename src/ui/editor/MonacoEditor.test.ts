import { afterEach, expect, test, vi } from 'vitest';
import { createElement } from 'react';
import { render, type Rendered } from '../test-render';
import type { CodeEditorProps } from './code-editor-props';
import MonacoEditor, { modelUri } from './MonacoEditor';
import { runMarkerOwner } from './markers';
import { monaco } from './monaco';

vi.setConfig({ testTimeout: 60_000 });

const files = {
  'main.ts': "import { twice } from './util';\nconsole.log(twice(2));\n",
  'util.ts': 'export const twice = (x: number) => 2 * x;\n',
};

let rendered: Rendered | null = null;
function props(over: Partial<CodeEditorProps> = {}): CodeEditorProps {
  return {
    lessonId: '01-editor-test',
    files,
    activeFile: 'main.ts',
    extraLibs: [],
    markers: {},
    label: 'main.ts, TypeScript editor',
    onChange: () => {},
    onRun: () => {},
    onShown: () => {},
    ...over,
  };
}

afterEach(async () => {
  await rendered?.unmount();
  rendered = null;
});

const modelOf = (file: string) => monaco.editor.getModel(modelUri('01-editor-test', file));
const editorOf = () => monaco.editor.getEditors()[0];

test('each file gets its own model, the active one is shown, and the page hears when', async () => {
  const onShown = vi.fn();
  rendered = await render(createElement(MonacoEditor, props({ onShown })));
  expect(modelOf('main.ts')?.getValue()).toBe(files['main.ts']);
  expect(modelOf('util.ts')?.getValue()).toBe(files['util.ts']);
  expect(editorOf()?.getModel()).toBe(modelOf('main.ts'));
  expect(onShown).toHaveBeenCalledWith('01-editor-test');
  expect(modelOf('main.ts')?.uri.toString()).toBe('file:///lessons/01-editor-test/main.ts');
});

test('typing is reported per file; switching tabs keeps each file as it was', async () => {
  const onChange = vi.fn();
  rendered = await render(createElement(MonacoEditor, props({ onChange })));
  const editor = editorOf();
  editor?.executeEdits('test', [{ range: new monaco.Range(1, 1, 1, 1), text: '// hi\n' }]);
  expect(onChange).toHaveBeenLastCalledWith('main.ts', `// hi\n${files['main.ts']}`);

  const main = modelOf('main.ts');
  await rendered.rerender(createElement(MonacoEditor, props({ onChange, activeFile: 'util.ts' })));
  expect(editor?.getModel()).toBe(modelOf('util.ts'));
  await rendered.rerender(createElement(MonacoEditor, props({ onChange, activeFile: 'main.ts' })));
  expect(editor?.getModel()).toBe(main);
  expect(main?.getValue().startsWith('// hi')).toBe(true);
});

test('files replaced from outside (Reset) update the model without echoing back as typing', async () => {
  const onChange = vi.fn();
  rendered = await render(createElement(MonacoEditor, props({ onChange })));
  const replaced = { ...files, 'main.ts': 'console.log("reset");\n' };
  await rendered.rerender(createElement(MonacoEditor, props({ onChange, files: replaced })));
  expect(modelOf('main.ts')?.getValue()).toBe('console.log("reset");\n');
  expect(onChange).not.toHaveBeenCalled();
});

test('Ctrl+Enter in the editor runs the program', async () => {
  const onRun = vi.fn();
  rendered = await render(createElement(MonacoEditor, props({ onRun })));
  const editor = editorOf();
  editor?.focus();
  const target = rendered.container.querySelector(
    '.monaco-editor textarea, .monaco-editor .native-edit-context',
  );
  target?.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, ctrlKey: true, bubbles: true }),
  );
  expect(onRun).toHaveBeenCalledTimes(1);
});

test('run errors become markers on their file, at the word they point to', async () => {
  const markers = { 'main.ts': [{ line: 2, column: 13, message: 'TypeError: twice is not a function' }] };
  rendered = await render(createElement(MonacoEditor, props({ markers })));
  const [marker] = monaco.editor.getModelMarkers({
    owner: runMarkerOwner,
    resource: modelOf('main.ts')?.uri,
  });
  expect(marker).toMatchObject({
    message: 'TypeError: twice is not a function',
    startLineNumber: 2,
    startColumn: 13,
    endColumn: 18,
    severity: monaco.MarkerSeverity.Error,
  });
  await rendered.rerender(createElement(MonacoEditor, props({ markers: {} })));
  expect(monaco.editor.getModelMarkers({ owner: runMarkerOwner })).toEqual([]);
});

test('opening another lesson drops the previous lesson’s models', async () => {
  rendered = await render(createElement(MonacoEditor, props()));
  await rendered.rerender(
    createElement(MonacoEditor, props({ lessonId: '02-other', files: { 'main.ts': 'x' } })),
  );
  expect(modelOf('main.ts')).toBeNull();
  expect(monaco.editor.getModel(modelUri('02-other', 'main.ts'))?.getValue()).toBe('x');
});
