// The values that cross workers by a handler of their own (codec.ts), in the order they are
// tried: a partial is a function too, so its handler comes before the function one. Each worker's
// entry point installs them (and a test page that plays the main process does), so no worker's
// handlers depend on which module it happened to import first.
import { setWireHandlers, type WireHandler } from './codec';
import { installComlinkErrors } from './comlink-errors';
import { functionHandler } from './functions';
import { partialHandler } from '../partial';
import { errorHandler } from '../errors';
import { sharedArrayHandler } from '../shared/shared-array';
import { valueHandler } from '../shared/value';
import { lockHandler } from '../shared/lock';
import { queueHandler } from '../shared/queue';
import { imageHandler } from '../image/image';

const handlers = [
  partialHandler,
  functionHandler,
  errorHandler,
  sharedArrayHandler,
  valueHandler,
  lockHandler,
  queueHandler,
  imageHandler,
] as unknown as WireHandler[];

export function installWireHandlers(): void {
  setWireHandlers(handlers);
  installComlinkErrors();
}
