// The pool's side of a worker's task messages (see taskTag in worker/task-messages.ts): batches of
// one job's chunks out, outcomes back, matched by a counter.
import {
  isTaskMessage,
  taskTag,
  type BatchReply,
  type BatchRequest,
  type TaskReply,
  type TaskRequest,
} from '../worker/task-messages';

export class TaskChannel {
  readonly #worker: Worker;
  readonly #pending = new Map<number, (reply: BatchReply) => void>();
  readonly #onMessage = ({ data }: MessageEvent<unknown>) => {
    if (!isTaskMessage(data)) return;
    const [, id, reply] = data as TaskReply;
    const resolve = this.#pending.get(id);
    this.#pending.delete(id);
    resolve?.(reply);
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
    const { fnId } = batch;
    const known = fnId !== null && this.#functions.has(fnId);
    try {
      const { fn, ...withoutFn } = batch;
      this.#worker.postMessage(
        [taskTag, id, known ? withoutFn : { ...withoutFn, fn }] satisfies TaskRequest,
        {
          transfer,
        },
      );
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
