// The editor's types for "parallel" and its sub-modules, generated from the runtime's own source
// (declarations and doc comments), so what the editor says never drifts from what runs.
// Served to the page as the virtual module "virtual:runtime-types".
import ts from 'typescript';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { publicModuleFiles } from '../src/runtime/program/contract.ts';

export interface RuntimeTypeFile {
  /** Where Monaco finds it: under file:///node_modules/parallel/, so "parallel/fs" resolves. */
  path: string;
  content: string;
}

const runtimeDir = path.resolve('src/runtime');
const entries = Object.values(publicModuleFiles);

/** `import.meta.main`, which the sandbox defines for every learner module. */
const importMetaMain = `interface ImportMeta {
  /** True only in the entry file of the main process (Python's \`if __name__ == "__main__":\`). */
  readonly main: boolean;
}
`;

export function runtimeDeclarations(): RuntimeTypeFile[] {
  const roots = entries.map((entry) => path.join(runtimeDir, entry)).filter((file) => existsSync(file));
  const files: RuntimeTypeFile[] = [];
  const program = ts.createProgram(roots, {
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2024.d.ts', 'lib.esnext.disposable.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    declaration: true,
    emitDeclarationOnly: true,
    allowImportingTsExtensions: true,
    skipLibCheck: true,
    strict: true,
    types: ['vite/client'],
  });
  program.emit(undefined, (fileName, text) => {
    const relative = path.relative(runtimeDir, fileName.replace(/\.d\.ts$/, '.d.ts'));
    if (relative.startsWith('..') || /(^|\/)(fixtures|test-support|.*\.test)\b/.test(relative)) return;
    // Declarations keep `.ts` in relative imports where the source had them; Monaco wants none.
    files.push({
      path: `file:///node_modules/parallel/${relative}`,
      content: text.replace(/(from '\.[^']*)\.ts'/g, "$1'"),
    });
  });
  files.push({
    path: 'file:///node_modules/@types/parallel-lab-globals/index.d.ts',
    content: importMetaMain,
  });
  return files;
}

const virtualId = 'virtual:runtime-types';

export function runtimeTypes(): Plugin {
  return {
    name: 'parallel-lab:runtime-types',
    resolveId: (id) => (id === virtualId ? `\0${virtualId}` : undefined),
    load(id) {
      if (id !== `\0${virtualId}`) return undefined;
      for (const entry of entries) this.addWatchFile(path.join(runtimeDir, entry));
      return `export default ${JSON.stringify(runtimeDeclarations())};`;
    },
  };
}
