// Instances of the AssemblyScript modules (assembly/*.ts, compiled by build/assemblyscript.ts),
// each with a memory of its own that the JavaScript side lays out.
import { say } from '../messages';

export interface WasmInstance<T> {
  exports: T;
  memory: WebAssembly.Memory;
}

const pageSize = 65_536;

/** A new instance of `bytes`, compiled synchronously: the modules are a few kilobytes. */
export function instantiate<T>(bytes: Uint8Array<ArrayBuffer>): WasmInstance<T> {
  const memory = new WebAssembly.Memory({ initial: 1 });
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
    env: {
      memory,
      abort: () => {
        throw new Error(say('filterFailed'));
      },
    },
  });
  return { exports: exports as T, memory };
}

/** Grows `memory` to at least `bytes` (growing detaches views of the old buffer). */
export function reserve(memory: WebAssembly.Memory, bytes: number): void {
  const missing = Math.ceil((bytes - memory.buffer.byteLength) / pageSize);
  if (missing > 0) memory.grow(missing);
}
