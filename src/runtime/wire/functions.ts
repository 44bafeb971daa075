// Top-level exported functions (and classes) travel as references: "export `name` of `module`".
import { registerWireHandler } from './codec';
import { cannotSend, findReference, resolveReference, type FunctionRef } from '../references';

type AnyFunction = (...args: never[]) => unknown;

registerWireHandler<AnyFunction, FunctionRef>({
  name: 'function',
  canHandle: (value): value is AnyFunction => typeof value === 'function',
  serialize(fn, _encodeChild, path) {
    const ref = findReference(fn);
    if (!ref) throw cannotSend(fn, path);
    return ref;
  },
  deserialize: (ref) => resolveReference(ref) as AnyFunction,
  summarize: (fn) => ({ function: fn.name || 'anonymous' }),
});
