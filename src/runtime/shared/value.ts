// multiprocessing.Value: one number in shared memory. `v.value += 1` is a read then a write,
// so two workers can interleave and lose updates: that is the race lesson 17 shows. Hold
// getLock() around the update to make it safe.
import { registerWireHandler } from '../wire/codec';
import { SharedArray } from './shared-array';
import type { Lock } from './lock';
import type { Typecode } from './typecodes';

export class Value {
  private readonly cell: SharedArray;

  constructor(typecode: Typecode, initial = 0, o: { lock?: boolean } = {}) {
    this.cell = new SharedArray(typecode, [initial], o);
  }

  get value(): number {
    return this.cell.get(0);
  }

  set value(v: number) {
    this.cell.set(0, v);
  }

  get typecode(): Typecode {
    return this.cell.typecode;
  }

  getLock(): Lock {
    return this.cell.getLock();
  }

  /** @internal */
  static wrap(cell: SharedArray): Value {
    return Object.assign(Object.create(Value.prototype) as Value, { cell });
  }

  /** @internal */
  get sharedCell(): SharedArray {
    return this.cell;
  }
}

registerWireHandler<Value, unknown>({
  name: 'Value',
  canHandle: (value): value is Value => value instanceof Value,
  serialize: (v, encodeChild) => encodeChild(v.sharedCell, '.cell'),
  deserialize: (data, decodeChild) => Value.wrap(decodeChild(data) as SharedArray),
  summarize: (v) => ({ shared: v.typecode, length: 1 }),
});
