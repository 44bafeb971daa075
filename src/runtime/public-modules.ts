// The runtime modules learner code imports by name. Learner modules reach them through this
// global (the sandbox's linker turns `import … from "parallel"` into a read of it), so every
// module in a worker shares the one runtime instance that worker bootstrapped.
import * as parallel from './index';
import * as fs from './fs/index';
import * as image from './image/index';
import * as plot from './plot/index';
import * as subprocess from './subprocess/index';

export const publicModules: Record<string, Record<string, unknown>> = {
  parallel,
  'parallel/fs': fs,
  'parallel/image': image,
  'parallel/plot': plot,
  'parallel/subprocess': subprocess,
};

export const publicModulesKey = Symbol.for('parallel-lab.modules');

export function installPublicModules(): void {
  (globalThis as Record<symbol, unknown>)[publicModulesKey] = publicModules;
}
