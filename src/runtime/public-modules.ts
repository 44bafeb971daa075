// The runtime modules learner code imports by name (their names: program/contract.ts). Learner
// modules reach them through a global (the sandbox's linker turns `import … from "parallel"`
// into a read of it), so every module in a worker shares the one runtime instance that worker
// bootstrapped.
import * as parallel from './index';
import * as fs from './fs/index';
import * as image from './image/index';
import * as plot from './plot/index';
import * as subprocess from './subprocess/index';
import { setPublicModules, type PublicModules } from './program/contract';

export const publicModules: PublicModules = {
  parallel,
  'parallel/fs': fs,
  'parallel/image': image,
  'parallel/plot': plot,
  'parallel/subprocess': subprocess,
};

export function installPublicModules(): void {
  setPublicModules(publicModules);
}
