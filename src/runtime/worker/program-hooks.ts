// What the learner's compiled modules call into: each registers its exports (so its functions
// can travel by reference) and asks whether it is the entry module of the main process.
import { isRegistered, registerModule } from '../references';
import { getContext } from '../context';
import { disposal } from '../disposal';

export const hooksKey = Symbol.for('parallel-lab.hooks');

export interface ProgramHooks {
  register(url: string, exports: () => Record<string, unknown>): void;
  isMain(url: string): boolean;
  /** What `using` declarations call where the compile step rewrote them (sandbox/program/lower-using.ts). */
  using: typeof disposal;
}

/** `mainEntry`: the entry module URL in the main process, null in every child. */
export function installProgramHooks(mainEntry: string | null): void {
  const hooks: ProgramHooks = {
    register: registerModule,
    isMain: (url) => url === mainEntry,
    using: disposal,
  };
  (globalThis as Record<symbol, unknown>)[hooksKey] = hooks;
}

/** Imports the program in this worker; modules the linker did not instrument register here. */
export async function importProgram(): Promise<void> {
  const { program } = getContext().run;
  await import(/* @vite-ignore */ program.entry);
  for (const url of Object.keys(program.files)) {
    if (isRegistered(url)) continue;
    const namespace = (await import(/* @vite-ignore */ url)) as Record<string, unknown>;
    registerModule(url, () => namespace);
  }
}
