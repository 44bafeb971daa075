import { beforeAll, expect, test, vi } from 'vitest';
import { monaco } from './monaco';
import { configureTypeScript, setExtraLibs, typeScriptDiagnostics } from './typescript-setup';

// The editor's TypeScript must accept what the sandbox runs and refuse what it refuses.
const lesson = 'file:///lessons/ts-setup-test';
function model(name: string, source: string): string {
  const uri = monaco.Uri.parse(`${lesson}/${name}`);
  monaco.editor.getModel(uri)?.dispose();
  monaco.editor.createModel(source, 'typescript', uri);
  return uri.toString();
}

// The TypeScript worker's first start (bundled on demand by the dev server) takes seconds.
vi.setConfig({ testTimeout: 60_000 });

beforeAll(() => configureTypeScript());

test('a lesson file may import its sibling files and use import.meta.main', async () => {
  model('util.ts', 'export function double(x: number): number { return x * 2; }\n');
  const main = model(
    'main.ts',
    "import { double } from './util';\nif (import.meta.main) {\n  const n: number = double(21);\n  console.log(n);\n}\n",
  );
  expect(await typeScriptDiagnostics(main)).toEqual([]);
});

test('strict type errors are reported', async () => {
  const main = model(
    'strict.ts',
    "import { double } from './util';\nconst s: string = double(1);\nexport {};\n",
  );
  const messages = (await typeScriptDiagnostics(main)).map((d) => d.message);
  expect(messages.join('\n')).toMatch(/Type 'number' is not assignable to type 'string'/);
});

test('"parallel" and its sub-modules resolve through extra libs under file:///node_modules/', async () => {
  setExtraLibs([
    {
      path: 'file:///node_modules/parallel/index.d.ts',
      content: 'export declare function getpid(): number;\n',
    },
    { path: 'file:///node_modules/parallel/image.d.ts', content: 'export declare const width: number;\n' },
  ]);
  try {
    const main = model(
      'uses-parallel.ts',
      "import { getpid } from 'parallel';\nimport { width } from 'parallel/image';\nconst n: number = getpid() + width;\nexport { n };\n",
    );
    expect(await typeScriptDiagnostics(main)).toEqual([]);
    const wrong = model('wrong-name.ts', "import { getpidd } from 'parallel';\nexport { getpidd };\n");
    const messages = (await typeScriptDiagnostics(wrong)).map((d) => d.message).join('\n');
    expect(messages).toMatch(/getpidd/);
  } finally {
    setExtraLibs([]);
  }
});

test('learner code sees web-worker globals, not the page DOM', async () => {
  const main = model('globals.ts', 'postMessage(1);\nconst d = document.title;\nexport { d };\n');
  const messages = (await typeScriptDiagnostics(main)).map((d) => d.message).join('\n');
  expect(messages).toMatch(/Cannot find name 'document'/);
  expect(messages).not.toMatch(/postMessage/);
});
