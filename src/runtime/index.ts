// "parallel": the library learner programs import. Python's multiprocessing, in TypeScript
// conventions (docs/parallel-api.md). Durations are in seconds, scaled by the run's time scale.
export { getpid, getppid, cpuCount, currentProcess } from './process-info';
export { sleep, time } from './clock';
export { Process } from './process';
export { kill } from './children';
export { Pool, type PoolOptions } from './pool/pool';
export { AsyncResult, type ResultCallbacks } from './pool/async-result';
export { partial, _, type PartialFunction } from './partial';
export { SharedArray } from './shared/shared-array';
export { Value } from './shared/value';
export { Lock } from './shared/lock';
export { Queue } from './shared/queue';
export type { Typecode, TypedArray } from './shared/typecodes';
export { TimeoutError, WorkerLostError, MaybeEncodingError, RemoteTraceback } from './errors';
export { PicklingError } from './references';
export { RuntimeError } from './spawn';
