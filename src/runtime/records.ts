// What a run records of its pool tasks besides their timing (docs/testing.md): the arguments, result or
// error of the run's first 10 000 tasks, across all its processes and pools, so checks can see
// what each worker was given and gave back. Every task keeps its timing span; past the first
// 10 000 only that, so a 100 000-task map costs what it did.
//
// The owner of a pool records: it summarizes a chunk's arguments when it queues the chunk (as
// pickle does, what was sent is what the call had then) and its results when they arrive, and
// sends both to the page with the chunk's spans. Numbers stay packed in Float64Arrays (map over
// a range sends them so already); other summaries travel as JSON text, which the page parses:
// structured clone copied 10 000 small objects in 40-67 ms here, JSON.stringify writes them in
// 3.4 ms and the text then copies in 3, on the owner's thread, which is the pool's dispatcher.
import { getContext, recordedTasksCell } from './context';
import { _, bindingOf, fillHoles, isPartial, placeholderSummary } from './partial';
import { isView } from './wire/numbers';
import { maxElements, numberSummary, summarize, type ValueSummary } from './summarize';

export const recordedTasksLimit = 10_000;

/** Summaries of several values, as they travel: numbers packed, anything else as JSON text. */
export type PackedSummaries = Float64Array | string;

/** What a chunk's spans carry of its first tasks (the tasks a record was claimed for). */
export interface TaskRecords {
  /**
   * Each recorded task's arguments, first task first: map's items (a task's arguments are
   * [item]), or whole argument lists when `star` (starmap, apply).
   */
  args: PackedSummaries;
  star: boolean;
  /**
   * When the pool's function is a partial: its bound arguments, with { placeholder: true } where
   * a task's own go. A task's recorded arguments are then those its function was called with
   * (partial(f, _, 10) mapped over 3 records f's [3, 10]).
   */
  bound?: ValueSummary[];
  /** The results of the recorded tasks that returned. */
  results?: PackedSummaries;
  /** The error of the task that failed (the spans' failedAt), if it was recorded. */
  error?: ValueSummary;
}

/** The run whose limit this process has seen reached: its later chunks skip the shared counter. */
let spentRun: string | null = null;
/** Without shared memory, each process counts for itself. */
const localCounts = new Map<string, number>();

/** How many of `tasks` new tasks (a leading part) to record: none once the run has its 10 000. */
export function claimRecords(tasks: number): number {
  const { run } = getContext();
  if (spentRun === run.id || tasks === 0) return 0;
  let before: number;
  if (run.counters) before = Atomics.add(run.counters, recordedTasksCell, tasks);
  else {
    before = localCounts.get(run.id) ?? 0;
    localCounts.set(run.id, before + tasks);
  }
  if (before + tasks >= recordedTasksLimit) spentRun = run.id;
  return Math.max(0, Math.min(tasks, recordedTasksLimit - before));
}

/** Summaries of values[start..end). */
export function summarizeRange(values: ArrayLike<unknown>, start: number, end: number): ValueSummary[] {
  const out = new Array<ValueSummary>(end - start);
  for (let i = start; i < end; i++) out[i - start] = summarize(values[i]);
  return out;
}

/** An argument list: each argument summarized on its own; past 1 000, { more: n }. */
export function summarizeArgList(list: readonly unknown[]): ValueSummary[] {
  if (list.length <= maxElements) return summarizeRange(list, 0, list.length);
  return [...summarizeRange(list, 0, maxElements), { more: list.length - maxElements }];
}

/** The first `count` of some packed numbers, to send to the page. */
function packedPrefix(packed: Float64Array, count: number): Float64Array {
  // A subarray would send its whole buffer, and the page keeps no view of shared memory: copy a part.
  return count === packed.length && !isView(packed) ? packed : packed.slice(0, count);
}

/** The recorded arguments of tasks start..end of a job (`items`: the call's own, not encoded). */
export function recordArgs(
  items: readonly unknown[],
  start: number,
  end: number,
  star: boolean,
  packed: Float64Array | null,
): PackedSummaries {
  if (packed) return packedPrefix(packed, end - start);
  if (!star) return JSON.stringify(summarizeRange(items, start, end));
  const lists = new Array<ValueSummary>(end - start);
  for (let i = start; i < end; i++) lists[i - start] = summarizeArgList(items[i] as unknown[]);
  return JSON.stringify(lists);
}

/** The recorded results of a chunk's first `count` tasks (`values`: as the caller gets them). */
export function recordResults(values: ArrayLike<unknown>, count: number): PackedSummaries {
  const end = Math.min(count, values.length);
  return values instanceof Float64Array
    ? packedPrefix(values, end)
    : JSON.stringify(summarizeRange(values, 0, end));
}

/** A partial's bound arguments, for TaskRecords.bound; undefined for any other function. */
export function boundArgs(fn: unknown): ValueSummary[] | undefined {
  if (!isPartial(fn)) return undefined;
  return bindingOf(fn).args.map((arg) => (arg === _ ? placeholderSummary : summarize(arg)));
}

const isPlaceholderSummary = (arg: ValueSummary): boolean =>
  typeof arg === 'object' &&
  arg !== null &&
  !Array.isArray(arg) &&
  arg.placeholder === true &&
  Object.keys(arg).length === 1;

type Unpacked = Float64Array | ValueSummary[];

const unpack = (packed: PackedSummaries): Unpacked =>
  typeof packed === 'string' ? (JSON.parse(packed) as ValueSummary[]) : packed;

const at = (values: Unpacked, i: number): ValueSummary =>
  values instanceof Float64Array ? numberSummary(values[i] as number) : (values[i] as ValueSummary);

/** A chunk's records as the page reads them, task by task. */
export class RecordedTasks {
  readonly #records: TaskRecords;
  readonly #args: Unpacked;
  readonly #results: Unpacked | null;

  constructor(records: TaskRecords) {
    this.#records = records;
    this.#args = unpack(records.args);
    this.#results = records.results === undefined ? null : unpack(records.results);
  }

  /** How many of the chunk's tasks were recorded (its first ones). */
  get count(): number {
    return this.#args.length;
  }

  /** Task i's arguments, as the report shows them. */
  args(i: number): ValueSummary[] {
    const own = this.#records.star ? (at(this.#args, i) as ValueSummary[]) : [at(this.#args, i)];
    const { bound } = this.#records;
    return bound ? fillHoles(bound, own, isPlaceholderSummary) : own;
  }

  /** Task i's result, if it returned and was recorded. */
  result(i: number): ValueSummary | undefined {
    return this.#results && i < this.#results.length ? at(this.#results, i) : undefined;
  }

  /** The error of the task that failed, if it was recorded. */
  get error(): ValueSummary | undefined {
    return this.#records.error;
  }
}
