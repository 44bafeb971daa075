// The error classes whose errors cross workers as themselves (errors.ts sends them): the
// built-ins and the runtime's own, each registered beside its class, by name, as Comlink
// registers its transfer handlers. Error classes a learner's module exports need no entry: they
// travel by reference, as functions do.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any constructor signature
export type ErrorClass = abstract new (...args: any[]) => Error;

const byName = new Map<string, ErrorClass>();
const names = new Map<ErrorClass, string>();

/** Lets errors of these classes keep their class on the other side (call it where they are defined). */
export function registerErrorClasses(...classes: ErrorClass[]): void {
  for (const ErrorClass of classes) {
    byName.set(ErrorClass.name, ErrorClass);
    names.set(ErrorClass, ErrorClass.name);
  }
}

/** The name `ErrorClass` is registered under, if it is. */
export function registeredName(ErrorClass: unknown): string | undefined {
  return names.get(ErrorClass as ErrorClass);
}

export function registeredClass(name: string): ErrorClass | undefined {
  return byName.get(name);
}

/** JavaScript's own error classes. */
export const builtinErrorClasses = [
  Error,
  TypeError,
  RangeError,
  SyntaxError,
  ReferenceError,
  EvalError,
  URIError,
  AggregateError,
];
registerErrorClasses(...builtinErrorClasses);
