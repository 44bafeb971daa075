// functools.partial, with a placeholder: partial(f, _, 10, 5)(x) ≡ f(x, 10, 5). A partial
// travels to workers like its function (by reference) plus its bound arguments.
import { registerWireHandler } from './wire/codec';
import { say } from './messages';

/** The placeholder for an argument supplied later, when the partial is called. */
export const _: unique symbol = Symbol.for('parallel.placeholder') as never;
export type Placeholder = typeof _;

const partialInfo = Symbol('partial');

type AnyFunction = (...args: never[]) => unknown;

export interface PartialFunction<R = unknown> {
  (...args: unknown[]): R;
  readonly func: AnyFunction;
  readonly args: readonly unknown[];
  readonly [partialInfo]: true;
}

function fill(bound: readonly unknown[], given: unknown[]): unknown[] {
  const rest = [...given];
  const args = bound.map((arg) => (arg === _ ? rest.shift() : arg));
  if (
    args.length > 0 &&
    bound.some((arg) => arg === _) &&
    given.length < bound.filter((a) => a === _).length
  ) {
    throw new TypeError(
      say('partialPlaceholders', { needed: bound.filter((a) => a === _).length, got: given.length }),
    );
  }
  return [...args, ...rest];
}

export function partial<R>(func: (...args: never[]) => R, ...bound: unknown[]): PartialFunction<R> {
  if (typeof func !== 'function') throw new TypeError(say('partialNeedsFunction'));
  const call = (...given: unknown[]): R => (func as (...a: unknown[]) => R)(...fill(bound, given));
  return Object.defineProperties(call, {
    func: { value: func },
    args: { value: Object.freeze([...bound]) },
    [partialInfo]: { value: true },
    name: { value: `partial(${func.name || 'anonymous'})` },
  }) as PartialFunction<R>;
}

export function isPartial(value: unknown): value is PartialFunction {
  return typeof value === 'function' && partialInfo in value;
}

/** The function a partial (or nested partials) finally calls, for names on the timeline. */
export function innermost(fn: AnyFunction): AnyFunction {
  return isPartial(fn) ? innermost(fn.func) : fn;
}

interface SerializedPartial {
  func: unknown;
  args: unknown[];
  /** Indexes of `_` placeholders in args (a symbol cannot be cloned). */
  holes: number[];
}

registerWireHandler<PartialFunction, SerializedPartial>({
  name: 'partial',
  canHandle: isPartial,
  serialize: (p, encodeChild) => ({
    func: encodeChild(p.func, '.func'),
    args: p.args.map((arg, i) => (arg === _ ? null : encodeChild(arg, `.args[${i}]`))),
    holes: p.args.flatMap((arg, i) => (arg === _ ? [i] : [])),
  }),
  deserialize: (data, decodeChild) =>
    partial(
      decodeChild(data.func) as AnyFunction,
      ...data.args.map((arg, i) => (data.holes.includes(i) ? _ : decodeChild(arg))),
    ),
});
