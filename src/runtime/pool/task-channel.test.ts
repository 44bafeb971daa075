import { expect, test } from 'vitest';
import { TaskChannel } from './task-channel';
import type { BatchRequest, OneTaskReply, TaskReply, TaskRequest } from '../worker/task-messages';

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
  star: false,
  chunks: [[1, 2]],
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

test('one task of a function the worker has goes flat, and its flat reply reads as a whole one', async () => {
  const posted: unknown[] = [];
  let deliver: (data: unknown) => void = () => {};
  const worker = {
    postMessage: (message: unknown) => posted.push(message),
    addEventListener: (_: string, listener: (event: { data: unknown }) => void) => {
      deliver = (data) => listener({ data });
    },
    removeEventListener: () => {},
  } as unknown as Worker;
  const channel = new TaskChannel(worker);
  const square = { module: 'main.ts', name: 'square' };
  const one = (fnId: number | null, chunks: BatchRequest['chunks']): BatchRequest => ({
    fn: square,
    fnId,
    star: true,
    chunks,
  });
  const first = channel.send(one(1, [[[3]]]), []);
  const second = channel.send(one(1, [[[4]]]), []);
  const third = channel.send(one(1, [[[5]]]), []);
  // Not flat: two tasks, two chunks, a partial, a chunk of packed numbers.
  void channel.send(one(1, [[[1], [2]]]), []);
  void channel.send(one(1, [[[1]], [[2]]]), []);
  void channel.send(one(null, [[[1]]]), []);
  void channel.send(one(1, [new Float64Array([1])]), []);
  expect(posted.map((message) => (message as unknown[]).slice(0, 3))).toEqual([
    ['parallel-lab:tasks', 0, { fn: square, fnId: 1, star: true, chunks: [[[3]]] }],
    ['parallel-lab:task', 1, 1],
    ['parallel-lab:task', 2, 1],
    ['parallel-lab:tasks', 3, { fnId: 1, star: true, chunks: [[[1], [2]]] }],
    ['parallel-lab:tasks', 4, { fnId: 1, star: true, chunks: [[[1]], [[2]]] }],
    ['parallel-lab:tasks', 5, { fn: square, fnId: null, star: true, chunks: [[[1]]] }],
    ['parallel-lab:tasks', 6, { fnId: 1, star: true, chunks: [new Float64Array([1])] }],
  ]);
  expect(posted[1]).toEqual(['parallel-lab:task', 1, 1, true, [4]]);

  const whole: TaskReply[2] = {
    outcomes: [{ ok: true, values: [9], spans: { at: 0, length: 2, failedAt: -1 } }],
    joined: [0.5, 0.75],
  };
  deliver(['parallel-lab:tasks', 0, whole] satisfies TaskReply);
  deliver(['parallel-lab:task', 1, 16, 1.5, 1.75] satisfies OneTaskReply);
  // A flat request may get a whole reply (its task failed): it is read as it is.
  const failed: TaskReply[2] = {
    outcomes: [{ ok: false, index: 0, error: 'boom', spans: { at: 0, length: 2, failedAt: 0 } }],
    joined: [2, 2.5],
  };
  deliver(['parallel-lab:tasks', 2, failed] satisfies TaskReply);
  expect(await first).toEqual(whole);
  expect(await second).toEqual({
    ...whole,
    outcomes: [{ ...whole.outcomes[0], values: [16] }],
    joined: [1.5, 1.75],
  });
  expect(await third).toEqual(failed);
});
