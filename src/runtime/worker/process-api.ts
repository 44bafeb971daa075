// The worker side of a child process's Comlink API (process-protocol.ts): holds its liveness
// lock, imports the program (and runs a pool's initializer), runs a Process target.
import { getContext, setContext } from '../context';
import { connectEvents, flushEvents } from '../events';
import { decode } from '../wire/codec';
import { captureConsole } from './console-capture';
import { importProgram, installProgramHooks } from './program-hooks';
import { isThenable, type Callable } from './callable';
import type { ProcessApi, ProcessInit } from './process-protocol';

export function createProcessApi(): ProcessApi {
  return {
    async hold(lockName) {
      // The lock stays held for the worker's whole life; the browser frees it when the worker
      // ends for any reason (terminate, close(), a crash), which is how the parent finds out.
      await new Promise<void>((held) => {
        void navigator.locks.request(lockName, () => {
          held();
          return new Promise<never>(() => {});
        });
      });
    },

    async start(init: ProcessInit) {
      setContext({ pid: init.pid, ppid: init.ppid, name: init.name, run: init.run, bootstrapping: true });
      connectEvents(init.run);
      captureConsole();
      installProgramHooks(null);
      try {
        await importProgram();
        if (init.initializer) {
          const fn = decode(init.initializer.fn) as Callable;
          const result = fn(...(decode(init.initializer.args) as unknown[]));
          if (isThenable(result)) await result;
        }
      } finally {
        getContext().bootstrapping = false;
        flushEvents();
      }
    },

    async runTarget(target, args) {
      const fn = decode(target) as Callable;
      try {
        const result = fn(...(decode(args) as unknown[]));
        if (isThenable(result)) await result;
      } finally {
        flushEvents();
      }
    },
  };
}
