// Explicit resource management (`using`, `await using`) where the engine has none: JavaScriptCore
// (WebKit, Safari) has neither the syntax nor Symbol.dispose / Symbol.asyncDispose. The symbols
// and SuppressedError are installed here, before any class of the runtime uses them as method
// names (Pool's [Symbol.asyncDispose], Lock's [Symbol.dispose]); the sandbox's compile step
// rewrites the syntax into calls of `disposal` below, which follow the spec's
// AddDisposableResource and DisposeResources step by step (ECMA-262, 2026).
const symbols = Symbol as unknown as { dispose?: symbol; asyncDispose?: symbol };
// Symbol.for: every realm then agrees on them, as they do on built-in symbols.
symbols.dispose ??= Symbol.for('Symbol.dispose');
symbols.asyncDispose ??= Symbol.for('Symbol.asyncDispose');

class SuppressedErrorPolyfill extends Error {
  declare error: unknown;
  declare suppressed: unknown;
  constructor(error: unknown, suppressed: unknown, message?: string) {
    super(message);
    for (const [key, value] of [
      ['name', 'SuppressedError'],
      ['error', error],
      ['suppressed', suppressed],
    ] as const) {
      Object.defineProperty(this, key, { value, writable: true, configurable: true, enumerable: false });
    }
  }
}
const globals = globalThis as unknown as { SuppressedError?: typeof SuppressedErrorPolyfill };
globals.SuppressedError ??= SuppressedErrorPolyfill;

type Hint = 'sync' | 'async';
interface Resource {
  value: unknown;
  hint: Hint;
  method: ((this: unknown) => unknown) | undefined;
}

/** A block's DisposeCapability, and how the block ended (set by the rewritten catch). */
export interface DisposeScope {
  stack: Resource[];
  error: unknown;
  hasError: boolean;
}

function disposeMethod(value: object, hint: Hint): ((this: unknown) => unknown) | undefined {
  const key = hint === 'async' ? Symbol.asyncDispose : Symbol.dispose;
  const method = (value as Record<symbol, unknown>)[key];
  if (method !== undefined && method !== null) {
    if (typeof method !== 'function') throw new TypeError(`${String(key)} is not a function`);
    return method as (this: unknown) => unknown;
  }
  if (hint === 'sync') return undefined;
  // `await using` of a value with only Symbol.dispose: its result is not awaited, a throw rejects.
  const sync = disposeMethod(value, 'sync');
  if (!sync) return undefined;
  return function (this: unknown) {
    try {
      sync.call(this);
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error as Error);
    }
  };
}

function suppressed(error: unknown, suppressedError: unknown): Error {
  const Suppressed = (globalThis as unknown as { SuppressedError: typeof SuppressedErrorPolyfill })
    .SuppressedError;
  return new Suppressed(error, suppressedError, 'An error was suppressed during disposal');
}

async function disposeAsync(scope: DisposeScope): Promise<void> {
  let needsAwait = false;
  let hasAwaited = false;
  let { hasError, error } = scope;
  for (const { value, hint, method } of scope.stack.splice(0).reverse()) {
    if (hint === 'sync' && needsAwait && !hasAwaited) {
      await undefined;
      needsAwait = false;
    }
    if (method) {
      try {
        const result = method.call(value);
        if (hint === 'async') {
          hasAwaited = true;
          await result;
        }
      } catch (thrown) {
        error = hasError ? suppressed(thrown, error) : thrown;
        hasError = true;
      }
    } else needsAwait = true;
  }
  if (needsAwait && !hasAwaited) await undefined;
  if (hasError) throw error;
}

export const disposal = {
  scope(): DisposeScope {
    return { stack: [], error: undefined, hasError: false };
  },

  /** AddDisposableResource: `using x = value` (async false) or `await using` (true); returns value. */
  add<T>(scope: DisposeScope, value: T, async: boolean): T {
    const hint: Hint = async ? 'async' : 'sync';
    if (value === null || value === undefined) {
      // Nothing to dispose, but `await using` still awaits once when the block ends.
      if (async) scope.stack.push({ value: undefined, hint, method: undefined });
      return value;
    }
    if (typeof value !== 'object' && typeof value !== 'function') {
      throw new TypeError(`${async ? 'await using' : 'using'} needs an object, not ${typeof value}`);
    }
    const method = disposeMethod(value, hint);
    if (!method) {
      throw new TypeError(
        `The value has no ${async ? '[Symbol.asyncDispose] or ' : ''}[Symbol.dispose] method to end it with`,
      );
    }
    scope.stack.push({ value, hint, method });
    return value;
  },

  /**
   * DisposeResources, when the block ends: the resources in reverse order, each error wrapping
   * the one before in a SuppressedError. A promise when some resource came from `await using`.
   */
  dispose(scope: DisposeScope): Promise<void> | undefined {
    if (scope.stack.some((resource) => resource.hint === 'async')) return disposeAsync(scope);
    let { hasError, error } = scope;
    for (const { value, method } of scope.stack.splice(0).reverse()) {
      try {
        method?.call(value);
      } catch (thrown) {
        error = hasError ? suppressed(thrown, error) : thrown;
        hasError = true;
      }
    }
    if (hasError) throw error;
    return undefined;
  },
};
