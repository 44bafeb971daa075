// Errors in workers: what the main process sees when a task throws, a value cannot travel, or
// a worker dies. Every failure is caught and printed, so the program itself ends normally.
import { Pool, sleep } from 'parallel';

/** An error class of our own: exported, so it arrives in the main process as a BadInput. */
export class BadInput extends Error {
  override name = 'BadInput';
}

export function risky(x: number): number {
  sleep(0.2);
  if (x % 3 === 0) throw new BadInput(`${x} is a multiple of 3`);
  return x * x;
}

export function describe(settings: { name: string; onChange?: () => void }): string {
  return `settings ${settings.name}`;
}

/** Ends this worker at once, as a crash or running out of memory would. */
export function crash(): void {
  close();
}

if (import.meta.main) {
  const inputs = [1, 2, 3, 4, 5, 6];

  {
    await using pool = new Pool(2);

    // 1. map rejects with the first error, keeping its class; `cause` carries the worker's stack
    try {
      await pool.map(risky, inputs);
    } catch (error) {
      const e = error as Error;
      console.log(`map failed: ${e.name}: ${e.message}`);
      console.log(`instanceof BadInput: ${e instanceof BadInput}`);
      console.log(`remote stack: ${(e.cause as Error | undefined)?.message ?? '(none)'}`);
    }

    // 2. errorCallback is called in the main process with the error
    const result = pool.applyAsync(risky, [9], {
      errorCallback: (e: Error) => console.log(`errorCallback: ${e.name}: ${e.message}`),
    });
    await result.wait();
    console.log(`ready: ${result.ready()}, successful: ${result.successful()}`);

    // 3. an argument that cannot be cloned: the error names where it is
    try {
      await pool.apply(describe, [{ name: 'dark mode', onChange: () => console.log('changed') }]);
    } catch (error) {
      const e = error as Error;
      console.log(`apply failed: ${e.name}: ${e.message}`);
    }
    console.log('The pool still works:', await pool.map(risky, [1, 2]));

    // Keep going past failures: one AsyncResult per input, each awaited in input order.
    const pending = inputs.map((x) => ({
      x,
      asyncResult: pool.applyAsync(risky, [x], {
        errorCallback: (e: Error) => console.log(`errorCallback: ${e.message}`),
      }),
    }));
    const squares: number[] = [];
    const failed: number[] = [];
    for (const { x, asyncResult } of pending) {
      try {
        squares.push(await asyncResult.get());
      } catch {
        failed.push(x);
      }
    }
    console.log('Squares:', squares);
    console.log('Failed inputs:', failed);
  }

  // 4. a worker that dies: its task is rejected (nothing hangs)
  {
    await using pool = new Pool(1);
    try {
      await pool.apply(crash);
    } catch (error) {
      const e = error as Error;
      console.log(`apply(crash) failed: ${e.name}: ${e.message}`);
    }
  }
}
