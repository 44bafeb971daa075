// What the learner's compiled modules call into (ProgramHooks, program/contract.ts): each
// registers its exports (so its functions can travel by reference) and asks whether it is the
// entry module of the main process.
import { isRegistered, registerModule } from '../references';
import { getContext } from '../context';
import { disposal } from '../disposal';
import { setProgramHooks } from '../program/contract';

/** `mainEntry`: the entry module URL in the main process, null in every child. */
export function installProgramHooks(mainEntry: string | null): void {
  setProgramHooks({ register: registerModule, isMain: (url) => url === mainEntry, using: disposal });
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
