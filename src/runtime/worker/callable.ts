// A function a worker calls for the learner (a task, a target, an initializer): it may return a promise.
export type Callable = (...args: unknown[]) => unknown;

export const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';
