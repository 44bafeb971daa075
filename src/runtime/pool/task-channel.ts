// The pool's side of a worker's task messages (see taskTag in worker/task-messages.ts): batches of
// one job's chunks out, outcomes back, matched by a counter.
import {
  isTaskMessage,
  oneTaskTag,
  taskTag,
  type BatchReply,
  type BatchRequest,
  type OneTaskReply,
  type OneTaskRequest,
  type TaskReply,
  type TaskRequest,
} from '../worker/task-messages';

/** A OneTaskReply as the BatchReply it stands for: one chunk, one task, which ran well. */
function fromOneTask([, , value, start, end]: OneTaskReply): BatchReply {
  return {
    outcomes: [{ ok: true, values: [value], spans: { at: 0, length: 2, failedAt: -1 } }],
    joined: [start, end],
  };
}

export class TaskChannel {
  readonly #worker: Worker;
  readonly #pending = new Map<number, (reply: BatchReply) => void>();
  readonly #onMessage = ({ data }: MessageEvent<unknown>) => {
    if (!isTaskMessage(data)) return;
    const resolve = this.#pending.get(data[1]);
    this.#pending.delete(data[1]);
    resolve?.(data[0] === oneTaskTag ? fromOneTask(data as OneTaskReply) : (data as TaskReply)[2]);
  };
  #next = 0;
  /** The numbers of the functions this worker has been sent (BatchRequest.fnId). */
  readonly #functions = new Set<number>();

  constructor(worker: Worker) {
    this.#worker = worker;
    worker.addEventListener('message', this.#onMessage);
  }

  /** Rejects at once (DataCloneError) when postMessage refuses the chunks; `transfer`: buffers to move. */
  send(batch: BatchRequest, transfer: Transferable[]): Promise<BatchReply> {
    const id = this.#next++;
    const { fnId, star, chunks } = batch;
    const known = fnId !== null && this.#functions.has(fnId);
    const only = chunks.length === 1 && Array.isArray(chunks[0]) && chunks[0].length === 1;
    try {
      if (known && only && transfer.length === 0) {
        const message: OneTaskRequest = [oneTaskTag, id, fnId, star, (chunks[0] as unknown[])[0]];
        this.#worker.postMessage(message);
      } else {
        const sent = known ? { fnId, star, chunks } : batch;
        this.#worker.postMessage([taskTag, id, sent] satisfies TaskRequest, { transfer });
      }
    } catch (error) {
      return Promise.reject(error);
    }
    if (fnId !== null) this.#functions.add(fnId);
    return new Promise((resolve) => this.#pending.set(id, resolve));
  }

  close(): void {
    this.#worker.removeEventListener('message', this.#onMessage);
    this.#pending.clear();
  }
}
