// When each task of a chunk ran, for the timeline: read as cheaply as the pool's hot path needs.
import { groupedFrom, taskBounds, type SpanTimes } from '../events';

/**
 * Times the tasks of a chunk. A clock read costs about 0.3 µs in a worker (70 ns in Node on
 * this host) and the clock only ticks every 5 µs on an isolated page, so tasks shorter than that
 * are timed in groups: the clock is read every `stride` tasks, and the tasks of a group share
 * its measured time equally. Tasks that last longer each get their own reading (stride 1).
 */
export class TaskClock {
  #stride = 1;
  #last: number;
  #lastIndex = 0;
  /** The readings: task marks[j] began at times[j] (ms since the run started). */
  readonly #times: number[];
  readonly #marks = [0];

  constructor(private readonly origin: number) {
    this.#last = origin + performance.now();
    this.#times = [this.#last];
  }

  /** Task `done - 1` just ended. */
  tick(done: number, last: boolean): void {
    if (last || done - this.#lastIndex >= this.#stride) this.read(done);
  }

  read(done: number): void {
    const now = this.origin + performance.now();
    const each = (now - this.#last) / (done - this.#lastIndex);
    this.#times.push(now);
    this.#marks.push(done);
    // Grow the group while its tasks are shorter than the clock's 5 µs tick; shrink it otherwise.
    this.#stride = each < 0.005 ? Math.min(this.#stride * 2, 1024) : Math.max(1, this.#stride >> 1);
    this.#last = now;
    this.#lastIndex = done;
  }

  /** The spans read so far, in seconds: one reading per task unless the chunk is long and its tasks tiny. */
  spans(): SpanTimes {
    const readings = this.#times.length;
    const bounds = new Float64Array(readings);
    for (let j = 0; j < readings; j++) bounds[j] = (this.#times[j] as number) / 1000;
    const tasks = this.#marks[readings - 1] as number;
    if (readings === tasks + 1) return { bounds };
    const marks = Float64Array.from(this.#marks);
    return tasks >= groupedFrom ? { bounds, marks } : { bounds: taskBounds(bounds, marks) };
  }
}
