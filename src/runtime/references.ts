// Functions travel by reference, as pickle sends them: "export `square` of module main.ts".
// Each module of the learner's program registers an accessor for its exports (the sandbox's
// linker adds the call); a worker resolves a reference in its own import of the same module.
import { say } from './messages';
import { registerErrorClasses } from './wire/error-classes';

export interface FunctionRef {
  module: string;
  name: string;
}

type ExportsAccessor = () => Record<string, unknown>;

const modules = new Map<string, ExportsAccessor>();
const known = new WeakMap<object, FunctionRef>();

export function registerModule(url: string, exports: ExportsAccessor): void {
  modules.set(url, exports);
}

export function isRegistered(url: string): boolean {
  return modules.has(url);
}

/** Reads a module's exports; bindings still in their temporal dead zone are skipped. */
function exportsOf(accessor: ExportsAccessor): Record<string, unknown> {
  try {
    return accessor();
  } catch {
    return {};
  }
}

/** The reference of a top-level exported function or class, or null. */
export function findReference(fn: object): FunctionRef | null {
  const cached = known.get(fn);
  if (cached) return cached;
  for (const [module, accessor] of modules) {
    for (const [name, value] of Object.entries(exportsOf(accessor))) {
      if (value === fn) {
        const ref = { module, name };
        known.set(fn, ref);
        return ref;
      }
    }
  }
  return null;
}

export class PicklingError extends TypeError {
  override name = 'PicklingError';
}
registerErrorClasses(PicklingError);

/** Explains, in the learner's terms, why `fn` cannot be sent to a worker and what to do. */
export function cannotSend(fn: (...args: never[]) => unknown, where: string): PicklingError {
  const bound = fn.name.startsWith('bound ');
  return new PicklingError(
    say('cannotSendFunction', {
      kind: bound ? 'bound' : fn.name ? 'named' : 'anonymous',
      name: bound ? fn.name.slice(6) : fn.name,
      where,
      fix: fn.name && !bound ? fn.name : 'work',
    }),
  );
}

/** The reference of `fn`, or a PicklingError that says how to fix it. */
export function referenceOf(fn: unknown, where: string): FunctionRef {
  if (typeof fn !== 'function') {
    throw new TypeError(say('notAFunction', { where, got: fn === null ? 'null' : typeof fn }));
  }
  const ref = findReference(fn);
  if (!ref) throw cannotSend(fn as (...args: never[]) => unknown, where);
  return ref;
}

export function resolveReference(ref: FunctionRef): unknown {
  const accessor = modules.get(ref.module);
  const value = accessor ? exportsOf(accessor)[ref.name] : undefined;
  if (value === undefined) {
    throw new ReferenceError(say('exportMissing', { name: ref.name, module: ref.module }));
  }
  return value;
}
