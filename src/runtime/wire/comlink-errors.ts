// Comlink sends a thrown error as {name, message, stack} and rebuilds a plain Error. Replacing
// its "throw" handler with our codec keeps the class, own fields and remote stack instead.
import { transferHandlers, type TransferHandler } from 'comlink';
import { decode, encode } from './codec';

const comlinkThrow = transferHandlers.get('throw') as TransferHandler<{ value: unknown }, unknown>;

const throwHandler: TransferHandler<{ value: unknown }, unknown> = {
  canHandle: (value): value is { value: unknown } => comlinkThrow.canHandle(value),
  serialize({ value }) {
    try {
      return [encode(value, 'error'), []];
    } catch {
      return [encode(new Error(String(value)), 'error'), []];
    }
  },
  deserialize(serialized) {
    throw decode(serialized);
  },
};

export function installComlinkErrors(): void {
  transferHandlers.set('throw', throwHandler);
}
