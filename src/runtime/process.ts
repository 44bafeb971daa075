// multiprocessing.Process: runs `target(...args)` in a new worker. As in Python, the target's
// return value is not delivered: use a Queue, a SharedArray or a Pool to get results back.
import { getContext, runSeconds } from './context';
import { emit } from './events';
import { encode } from './wire/codec';
import { inspect } from './format';
import { errorText } from './errors';
import { scaledMs } from './clock';
import { liveProcesses } from './children';
import { assertNotBootstrapping, spawnChild, type Child } from './spawn';
import { say } from './messages';
import { bindingOf, callArgs } from './partial';
import { summarizeArgList } from './records';

type Target = (...args: never[]) => unknown;

let processCount = 0;

const terminatedCode = -15;
/** Ended without an error we could see: closed itself, ran out of memory, or was killed. */
const killedCode = -9;

export class Process {
  readonly target: Target;
  readonly args: readonly unknown[];
  #name: string;
  #child: Child | null = null;
  #done: Promise<void> | null = null;

  constructor(o: { target: Target; args?: unknown[]; name?: string }) {
    if (typeof o?.target !== 'function') {
      throw new TypeError(say('processNeedsTarget'));
    }
    if (o.args !== undefined && !Array.isArray(o.args)) {
      throw new TypeError(
        say('processArgsArray', { got: inspect(o.args), fix: inspect(o.args, 0, new Set(), true) }),
      );
    }
    processCount += 1;
    this.target = o.target;
    this.args = o.args ?? [];
    this.#name = o.name ?? `Process-${processCount}`;
  }

  get name(): string {
    return this.#name;
  }

  get pid(): number | null {
    return this.#child?.pid ?? null;
  }

  get exitCode(): number | null {
    return this.#child?.exitCode ?? null;
  }

  isAlive(): boolean {
    return this.#child !== null && this.#child.exitCode === null;
  }

  start(): void {
    if (this.#child) throw new Error(say('processAlreadyStarted', { name: this.#name }));
    assertNotBootstrapping('Process.start()');
    const target = encode(this.target, 'target');
    const args = encode([...this.args], 'args');
    // Recorded as the call that runs: a partial's function, with its bound arguments in place.
    const child = spawnChild({
      name: this.#name,
      call: {
        target: bindingOf(this.target).func.name || 'anonymous',
        args: summarizeArgList(callArgs(this.target, this.args)),
      },
    });
    this.#child = child;
    liveProcesses.add(this);
    void this.#run(child, target, args);
    this.#done = child.exited.then(() => void liveProcesses.delete(this));
  }

  async #run(child: Child, target: unknown, args: unknown): Promise<void> {
    const finished = (async () => {
      await child.ready;
      await child.api.runTarget(target, args);
      return 0;
    })();
    const outcome = await Promise.race([
      finished.catch((error: unknown) => {
        // Python prints the traceback in the child and exits with code 1.
        const stack = error instanceof Error ? errorText(error) : inspect(error);
        emit({
          type: 'output',
          pid: child.pid,
          stream: 'error',
          text: `Process ${this.#name}:\n${stack}`,
          t: runSeconds(),
        });
        return 1;
      }),
      child.lost.then((loss) => {
        const why =
          loss.error instanceof Error
            ? `: ${loss.error.message}`
            : ' (it closed itself, ran out of memory or was killed)';
        emit({
          type: 'output',
          pid: child.pid,
          stream: 'error',
          text: `Process ${this.#name} (pid ${child.pid}) ended unexpectedly${why}`,
          t: runSeconds(),
        });
        return loss.error ? 1 : killedCode;
      }),
    ]);
    child.end(outcome);
  }

  /** Waits for the process to end; with a timeout (seconds, scaled like sleep), waits at most that long. */
  async join(timeout?: number): Promise<void> {
    if (!this.#done) throw new Error(say('joinNotStarted', { name: this.#name }));
    if (getContext().pid === this.#child?.pid) throw new Error(say('joinSelf'));
    if (timeout === undefined || timeout === null) return this.#done;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      this.#done,
      new Promise<void>((resolve) => (timer = setTimeout(resolve, scaledMs(timeout)))),
    ]);
    clearTimeout(timer);
  }

  terminate(): void {
    this.#child?.end(terminatedCode);
  }

  kill(): void {
    this.#child?.end(killedCode);
  }
}
