// Functions travel by reference, as pickle sends them: "export `square` of module main.ts".
// Each module of the learner's program registers an accessor for its exports (the sandbox's
// linker adds the call); a worker resolves a reference in its own import of the same module.

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

/** Explains, in the learner's terms, why `fn` cannot be sent to a worker and what to do. */
export function cannotSend(fn: (...args: never[]) => unknown, where: string): PicklingError {
  const name = fn.name;
  const what = name.startsWith('bound ')
    ? `the bound method "${name.slice(6)}"`
    : name
      ? `the function "${name}"`
      : 'an anonymous function (an arrow or a function expression)';
  return new PicklingError(
    `Can't send ${what} (${where}) to a worker: it is not a top-level export of your program. ` +
      'Functions travel by reference (file + export name), as Python pickles them, so a worker can ' +
      "look them up in its own copy of your code; arrows, closures and methods can't travel. " +
      `Fix: declare it at the top level of a file as \`export function ${name && !name.startsWith('bound ') ? name : 'work'}(…) { … }\` and pass that name.`,
  );
}

/** The reference of `fn`, or a PicklingError that says how to fix it. */
export function referenceOf(fn: unknown, where: string): FunctionRef {
  if (typeof fn !== 'function') {
    throw new TypeError(`${where} must be a function, got ${fn === null ? 'null' : typeof fn}.`);
  }
  const ref = findReference(fn);
  if (!ref) throw cannotSend(fn as (...args: never[]) => unknown, where);
  return ref;
}

export function resolveReference(ref: FunctionRef): unknown {
  const accessor = modules.get(ref.module);
  const value = accessor ? exportsOf(accessor)[ref.name] : undefined;
  if (value === undefined) {
    throw new ReferenceError(
      `This worker can't find export "${ref.name}" of ${ref.module}: did the module change since the run started?`,
    );
  }
  return value;
}
