// How the editor's TypeScript sees a lesson: like the sandbox compiles it. ES modules, strict,
// bundler-style resolution (so `./util` finds util.ts and `parallel` finds the runtime's
// types), web-worker globals (learner code runs in workers, never on the page), and
// `import.meta.main`, the guard of docs/parallel-api.md.
import { monaco, typescript } from './monaco';

/** A declaration file the editor's TypeScript reads, e.g. the runtime's types for "parallel". */
export interface ExtraLib {
  /**
   * Where TypeScript finds it. Bare imports resolve like Node's node_modules lookup, so
   * `file:///node_modules/parallel/index.d.ts` answers `import … from 'parallel'` and
   * `file:///node_modules/parallel/image.d.ts` answers 'parallel/image'.
   */
  path: string;
  content: string;
}

// The typings' enums stop short of these TypeScript 5 values; the worker's compiler knows them.
const moduleResolutionBundler = 100 as typescript.ModuleResolutionKind;
const moduleDetectionForce = 3;

export const lessonCompilerOptions: typescript.CompilerOptions = {
  target: typescript.ScriptTarget.ESNext,
  module: typescript.ModuleKind.ESNext,
  moduleResolution: moduleResolutionBundler,
  // Every lesson file is a module even without imports, so two files never share globals.
  moduleDetection: moduleDetectionForce,
  lib: ['lib.esnext.d.ts', 'lib.webworker.d.ts'],
  strict: true,
  noEmit: true,
  isolatedModules: true,
  allowImportingTsExtensions: true,
  allowNonTsExtensions: true,
  skipLibCheck: true,
};

const importMetaMain: ExtraLib = {
  path: 'file:///parallel-lab/import-meta.d.ts',
  content: `interface ImportMeta {
  /** True only in the entry module of the main process, like Python's \`if __name__ == "__main__":\`. */
  readonly main: boolean;
}
`,
};

let configured = false;

export function configureTypeScript(): void {
  if (configured) return;
  configured = true;
  typescript.typescriptDefaults.setCompilerOptions(lessonCompilerOptions);
  // Models sync to the worker eagerly, so a file's imports of its sibling files resolve before
  // the learner opens those files' tabs.
  typescript.typescriptDefaults.setEagerModelSync(true);
  setExtraLibs([]);
}

// TS2307, "Cannot find module 'parallel'": until the runtime's declaration files are given
// the editor cannot know the module, and a red underline under a correct import would only
// mislead a learner. With them, a mistyped module name is reported as usual.
const cannotFindModule = 2307;

/** Replaces the declaration files the editor knows (ImportMeta.main is always among them). */
export function setExtraLibs(libs: readonly ExtraLib[]): void {
  typescript.typescriptDefaults.setExtraLibs(
    [importMetaMain, ...libs].map(({ path, content }) => ({ filePath: path, content })),
  );
  typescript.typescriptDefaults.setDiagnosticsOptions({
    noSemanticValidation: false,
    noSyntaxValidation: false,
    diagnosticCodesToIgnore: libs.length === 0 ? [cannotFindModule] : [],
  });
}

/**
 * The TypeScript language service for `uri`. getTypeScriptWorker rejects until the TypeScript
 * mode has started (it starts with the first TypeScript model), so it is retried for a while.
 */
export async function typeScriptWorker(
  uri: string,
  o: { attempts?: number; delayMs?: number } = {},
): Promise<typescript.TypeScriptWorker> {
  const { attempts = 50, delayMs = 100 } = o;
  for (let attempt = 1; ; attempt++) {
    try {
      const getWorker = await typescript.getTypeScriptWorker();
      return await getWorker(monaco.Uri.parse(uri));
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}

/** The syntax and type errors TypeScript reports for one file (messages flattened). */
export async function typeScriptDiagnostics(uri: string): Promise<{ message: string; start?: number }[]> {
  const worker = await typeScriptWorker(uri);
  const all = [...(await worker.getSyntacticDiagnostics(uri)), ...(await worker.getSemanticDiagnostics(uri))];
  return all.map((diagnostic) => ({
    message: flatten(diagnostic.messageText),
    ...(diagnostic.start !== undefined ? { start: diagnostic.start } : {}),
  }));
}

type MessageChain = Exclude<typescript.Diagnostic['messageText'], string>;

function flatten(text: string | MessageChain): string {
  if (typeof text === 'string') return text;
  return [text.messageText, ...(text.next ?? []).map(flatten)].join(' ');
}
