// Monaco, as this page uses it: the editor with all its contributions, TypeScript with its
// language service, Python's highlighting (the lab's original scripts), and two workers built
// by Vite. This module is the editor's lazy chunk: nothing on the first screen
// imports it.
import * as monaco from 'monaco-editor/editor';
// Every editor contribution, registered before the first editor is made. A shorter list saves
// nothing: monaco-editor 0.57's TypeScript support (its worker manager imports
// internal/common/workers.js) loads every contribution anyway, but only once a TypeScript model
// exists, and the services those register then are unknown to editors made before: from the
// second lesson opened on, Monaco logged "depends on UNKNOWN service ICodeLensCache" and
// "treeViewsDndService" (e2e/lesson-page.spec.ts checks that no lesson does).
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/typescript/register';
import 'monaco-editor/languages/definitions/python/register';
import * as typescript from 'monaco-editor/languages/features/typescript/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TypeScriptWorker from 'monaco-editor/languages/features/typescript/ts.worker?worker';

// Monaco asks for a worker by label: the TypeScript language service for TS/JS models, the
// generic editor worker (diffs, links, word ranges) for everything else.
self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    if (label === 'typescript' || label === 'javascript') return new TypeScriptWorker();
    return new EditorWorker();
  },
};

export { monaco, typescript };
