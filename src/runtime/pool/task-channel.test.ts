import { expect, test } from 'vitest';
import { TaskChannel } from './task-channel';
import type { BatchRequest, TaskRequest } from '../worker/task-messages';

/** A worker that only records what it is posted. */
function recorder(): { worker: Worker; posted: BatchRequest[] } {
  const posted: BatchRequest[] = [];
  const worker = {
    postMessage: (message: TaskRequest) => posted.push(message[2]),
    addEventListener: () => {},
    removeEventListener: () => {},
  } as unknown as Worker;
  return { worker, posted };
}

const batch = (fn: unknown, fnId: number | null): BatchRequest => ({
  fn,
  fnId,
  name: 'square',
  star: false,
  chunks: [[1]],
});

test('a worker is sent a function once, then only its number; a partial (no number) every time', () => {
  const { worker, posted } = recorder();
  const channel = new TaskChannel(worker);
  const square = { module: 'main.ts', name: 'square' };
  const partial = { partial: true };
  void channel.send(batch(square, 1), []);
  void channel.send(batch(square, 1), []);
  void channel.send(batch(partial, null), []);
  void channel.send(batch(partial, null), []);
  expect(posted.map((b) => ['fn' in b ? b.fn : 'left out', b.fnId])).toEqual([
    [square, 1],
    ['left out', 1],
    [partial, null],
    [partial, null],
  ]);
  // Another worker has not seen it; nor has one whose message carrying it was refused.
  const other = recorder();
  const refusing = new TaskChannel({
    ...other.worker,
    postMessage: () => {
      throw new DOMException('refused', 'DataCloneError');
    },
  } as unknown as Worker);
  void refusing.send(batch(square, 1), []).catch(() => {});
  void new TaskChannel(other.worker).send(batch(square, 1), []);
  expect(other.posted[0]?.fn).toBe(square);
});
