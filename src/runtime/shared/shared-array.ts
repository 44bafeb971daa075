// multiprocessing.Array: a typed array over shared memory. Sent to a worker it arrives as the
// same memory, not a copy, so every worker sees every write.
import { registerWireHandler } from '../wire/codec';
import { Lock } from './lock';
import { requireSharedMemory } from './require-shared-memory';
import {
  readNumber,
  sharedView,
  typedArrayFor,
  writeNumber,
  type Typecode,
  type TypedArray,
} from './typecodes';
import { say } from '../messages';

interface SharedArrayState {
  typecode: Typecode;
  buffer: SharedArrayBuffer;
  lock: Lock | null;
}

export class SharedArray {
  readonly typecode: Typecode;
  /** The live typed array over the shared memory: the fast way to read and write it. */
  readonly view: TypedArray;
  private readonly lockOrNull: Lock | null;

  constructor(typecode: Typecode, sizeOrValues: number | ArrayLike<number>, o: { lock?: boolean } = {}) {
    requireSharedMemory('SharedArray');
    const bytesPerElement = typedArrayFor(typecode).BYTES_PER_ELEMENT;
    const length = typeof sizeOrValues === 'number' ? sizeOrValues : sizeOrValues.length;
    if (!Number.isInteger(length) || length < 0) {
      throw new RangeError(say('sharedArraySize', { got: String(sizeOrValues) }));
    }
    this.typecode = typecode;
    this.view = sharedView(typecode, new SharedArrayBuffer(length * bytesPerElement));
    if (typeof sizeOrValues !== 'number') {
      for (let i = 0; i < length; i++) writeNumber(this.view, i, sizeOrValues[i] ?? 0);
    }
    this.lockOrNull = o.lock === false ? null : new Lock();
  }

  /** @internal rebuilds an array received from another worker around the same memory. */
  static fromState(state: SharedArrayState): SharedArray {
    return Object.assign(Object.create(SharedArray.prototype) as SharedArray, {
      typecode: state.typecode,
      view: sharedView(state.typecode, state.buffer),
      lockOrNull: state.lock,
    });
  }

  /** @internal what another worker needs to see the same array. */
  toState(): SharedArrayState {
    return {
      typecode: this.typecode,
      buffer: this.view.buffer as unknown as SharedArrayBuffer,
      lock: this.lockOrNull,
    };
  }

  get length(): number {
    return this.view.length;
  }

  private indexOf(i: number): number {
    const index = i < 0 ? this.view.length + i : i;
    if (!Number.isInteger(index) || index < 0 || index >= this.view.length) {
      throw new RangeError(say('sharedArrayIndex', { index: i, length: this.view.length }));
    }
    return index;
  }

  get(i: number): number {
    return readNumber(this.view, this.indexOf(i));
  }

  set(i: number, value: number): void {
    writeNumber(this.view, this.indexOf(i), value);
  }

  getLock(): Lock {
    const lock = this.lockOrNull;
    if (!lock) throw new Error(say('sharedArrayNoLock'));
    return lock;
  }

  toArray(): number[] {
    return Array.from(this.view, Number);
  }
}

registerWireHandler<SharedArray, SharedArrayState>({
  name: 'SharedArray',
  canHandle: (value): value is SharedArray => value instanceof SharedArray,
  serialize: (array, encodeChild) => ({
    ...array.toState(),
    lock: encodeChild(array.toState().lock, '.lock') as Lock | null,
  }),
  deserialize: (state, decodeChild) =>
    SharedArray.fromState({ ...state, lock: decodeChild(state.lock) as Lock | null }),
  summarize: (array) => ({ shared: array.typecode, length: array.length }),
});
