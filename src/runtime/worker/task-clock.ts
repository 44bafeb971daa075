// When each task of a chunk ran, for the timeline: read as cheaply as the pool's hot path needs.

/**
 * Times the tasks of a chunk into `bounds` (task i ran from bounds[i] to bounds[i + 1], in ms
 * since the run started). A clock read costs about 0.3 µs in a worker and the clock only ticks
 * every 5 µs on an isolated page, so tasks shorter than that are timed in groups: the clock is
 * read every `stride` tasks, and the tasks of a group share its measured time equally. Tasks
 * that last longer each get their own reading (stride 1).
 */
export class TaskClock {
  #stride = 1;
  #last: number;
  #lastIndex = 0;

  constructor(
    private readonly bounds: Float64Array,
    private readonly origin: number,
  ) {
    this.#last = origin + performance.now();
    bounds[0] = this.#last;
  }

  /** Task `done - 1` just ended. */
  tick(done: number, last: boolean): void {
    if (last || done - this.#lastIndex >= this.#stride) this.read(done);
  }

  read(done: number): void {
    const now = this.origin + performance.now();
    const tasks = done - this.#lastIndex;
    const each = (now - this.#last) / tasks;
    for (let k = 1; k <= tasks; k++) this.bounds[this.#lastIndex + k] = this.#last + each * k;
    // Grow the group while its tasks are shorter than the clock's 5 µs tick; shrink it otherwise.
    this.#stride = each < 0.005 ? Math.min(this.#stride * 2, 1024) : Math.max(1, this.#stride >> 1);
    this.#last = now;
    this.#lastIndex = done;
  }
}
