// The seam between a learner's program and the runtime, in one place that both sides import.
// The sandbox's linker writes source that reaches the runtime through two globals (the hooks
// each module calls, and the public modules its imports read); the runtime's workers install
// them; the page and subprocess.run() start program workers with the protocol below. Data flows
// sandbox → runtime, so this lives in the runtime and imports nothing from the sandbox. Build
// scripts read publicModuleFiles too: keep this file free of anything but types and data.
import type { ErrorSummary } from '../events';
import type { Language } from '../messages';
import type { disposal } from '../disposal';

/** The modules learner code imports by name, and their entry files under src/runtime/. */
export const publicModuleFiles = {
  parallel: 'index.ts',
  'parallel/fs': 'fs/index.ts',
  'parallel/image': 'image/index.ts',
  'parallel/plot': 'plot/index.ts',
  'parallel/subprocess': 'subprocess/index.ts',
} as const;

export type PublicModuleName = keyof typeof publicModuleFiles;
export type PublicModules = Record<PublicModuleName, Record<string, unknown>>;

/** What each module of a learner's program calls into, from its first line. */
export interface ProgramHooks {
  /** Registers the module's exports, so its functions can travel by reference. */
  register(url: string, exports: () => Record<string, unknown>): void;
  /** Whether the module is the entry module of the main process (import.meta.main). */
  isMain(url: string): boolean;
  /** What `using` declarations call where the compile step rewrote them (sandbox/program/lower-using.ts). */
  using: typeof disposal;
}

const hooksKey = 'parallel-lab.hooks';
const modulesKey = 'parallel-lab.modules';
type Globals = Record<symbol, unknown>;

export function setProgramHooks(hooks: ProgramHooks): void {
  (globalThis as Globals)[Symbol.for(hooksKey)] = hooks;
}

export function setPublicModules(modules: PublicModules): void {
  (globalThis as Globals)[Symbol.for(modulesKey)] = modules;
}

const read = (key: string) => `globalThis[Symbol.for(${JSON.stringify(key)})]`;

/** The expression, in generated source, for the hooks' `using` helpers. */
export const usingHooksExpression = `${read(hooksKey)}.${'using' satisfies keyof ProgramHooks}`;

/**
 * The text put before a linked module's own first line (so no line moves): it registers the
 * module's exports and sets import.meta.main.
 */
export function modulePrologue(exportNames: readonly string[]): string {
  const hooks = read(hooksKey);
  return (
    `${hooks}.${'register' satisfies keyof ProgramHooks}(import.meta.url, () => ({ ${exportNames.join(', ')} })); ` +
    `import.meta.main = ${hooks}.${'isMain' satisfies keyof ProgramHooks}(import.meta.url); `
  );
}

/** The module an `import … from "parallel/fs"` resolves to: the worker's own runtime module. */
export function publicModuleShim(name: string, exportNames: readonly string[]): string {
  return `const m = ${read(modulesKey)}[${JSON.stringify(name)}];\nexport const { ${exportNames.join(', ')} } = m;\n`;
}

// --- the program worker's protocol ------------------------------------------------------

export interface ProgramRequest {
  runId: string;
  epoch: number;
  timeScale: number;
  /** The page's language: the runtime's own error messages are written in it. */
  language: Language;
  /** Every file of the lesson (TypeScript sources), by name. */
  files: Record<string, string>;
  entry: string;
  /** The page's end of the event stream, for the run's first program (see events.ts). */
  events?: MessagePort;
  /** The run's counters (context.ts), made by whoever follows the run; null when not isolated. */
  counters: Int32Array | null;
  /** A subprocess joins the running run: its pid and its parent. */
  join?: { pid: number; ppid: number };
}

export interface CompileError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface ProgramOutcome {
  exitCode: number;
  error?: ErrorSummary;
  compileError?: CompileError;
}

/** A program worker (src/sandbox/worker/main-process.worker.ts): compiles, links and runs a program. */
export interface ProgramApi {
  run(request: ProgramRequest): Promise<ProgramOutcome>;
}
