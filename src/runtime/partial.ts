// functools.partial, with a placeholder: partial(f, _, 10, 5)(x) ≡ f(x, 10, 5). A partial
// travels to workers like its function (by reference) plus its bound arguments.
import { isPlainObject, registerWireHandler } from './wire/codec';
import { say } from './messages';
import type { SummarizeChild, ValueSummary } from './summarize';

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

/**
 * `bound` with each hole filled by the next of `given` (holes stay once `given` runs out), then
 * the rest of `given`: how a partial's placeholders take the call's arguments.
 */
export function fillHoles<T>(bound: readonly T[], given: readonly T[], isHole: (arg: T) => boolean): T[] {
  let next = 0;
  const args = bound.map((arg) => (isHole(arg) && next < given.length ? (given[next++] as T) : arg));
  for (; next < given.length; next++) args.push(given[next] as T);
  return args;
}

const isPlaceholder = (arg: unknown): boolean => arg === _;

function fill(bound: readonly unknown[], given: unknown[]): unknown[] {
  const needed = bound.filter(isPlaceholder).length;
  if (given.length < needed) throw new TypeError(say('partialPlaceholders', { needed, got: given.length }));
  return fillHoles(bound, given, isPlaceholder);
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

/**
 * What `fn` finally calls and the arguments bound to it, `_` where the call's own arguments go.
 * Partials of partials merge into one, as Python's partial(partial(f, 1), 2) is partial(f, 1, 2).
 */
export function bindingOf(fn: AnyFunction): { func: AnyFunction; args: readonly unknown[] } {
  if (!isPartial(fn)) return { func: fn, args: [] };
  const inner = bindingOf(fn.func);
  return { func: inner.func, args: fillHoles(inner.args, fn.args, isPlaceholder) };
}

/** The arguments `fn`'s innermost function gets when `fn` is called with `given`. */
export function callArgs(fn: AnyFunction, given: readonly unknown[]): unknown[] {
  return fillHoles(bindingOf(fn).args, given, isPlaceholder);
}

/** The placeholder `_` in a summary. */
export const placeholderSummary: ValueSummary = { placeholder: true };

/**
 * A partial in a run's report: { partial: 'f', args, keywords }. TypeScript has no keyword
 * arguments; an options object bound last plays their part (partial(f, _, { scale: 2 }) is
 * Python's partial(f, scale=2)), so it is shown as the keywords.
 */
function summarizePartial(p: PartialFunction, summarizeChild: SummarizeChild): ValueSummary {
  const { func, args } = bindingOf(p);
  const last = args.at(-1);
  const options = typeof last === 'object' && last !== null && isPlainObject(last);
  const positional = options ? args.slice(0, -1) : args;
  return {
    partial: func.name || 'anonymous',
    args: positional.map((arg) => (arg === _ ? placeholderSummary : summarizeChild(arg))),
    keywords: options ? summarizeChild(last) : {},
  };
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
  summarize: summarizePartial,
});
