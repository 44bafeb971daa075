// The one way the session's stores hold state: an immutable snapshot replaced on each change,
// and listeners told after it. React reads a store with useSyncExternalStore (session-context.tsx);
// window.parallelLab and the tests read getState() directly.
export class Store<S extends object> {
  #state: S;
  readonly #listeners = new Set<() => void>();

  constructor(initial: S) {
    this.#state = initial;
  }

  getState = (): S => this.#state;

  subscribe = (notify: () => void): (() => void) => {
    this.#listeners.add(notify);
    return () => this.#listeners.delete(notify);
  };

  protected update(change: Partial<S>): void {
    this.#state = { ...this.#state, ...change };
    this.#listeners.forEach((notify) => notify());
  }
}
