// What a run records of its pool tasks besides their timing (DESIGN §5): the arguments, result or
// error of the run's first 10 000 tasks, across all its processes and pools, so checks can see
// what each worker was given and gave back. Every task keeps its timing span; past the first
// 10 000 only that, so a 100 000-task map costs what it did.
//
// The owner of a pool records: it summarizes a chunk's arguments when it queues the chunk (as
// pickle does, what was sent is what the call had then) and its results when they arrive, and
// sends both to the page with the chunk's spans. Numbers stay packed in Float64Arrays (map over
// a range sends them so already); the page unpacks them when it builds the report.
import { getContext, recordedTasksCell } from './context';
import { _, bindingOf, fillHoles, isPartial, placeholderSummary } from './partial';
import { isOwnSummary, maxElements, numberSummary, summarize, type ValueSummary } from './summarize';

export const recordedTasksLimit = 10_000;

/** What a chunk's spans carry of its first tasks (the tasks a record was claimed for). */
export interface TaskRecords {
  /**
   * Each recorded task's arguments, first task first: map's items (a task's arguments are
   * [item]), or whole argument lists when `star` (starmap, apply). Numbers may come packed.
   */
  args: Float64Array | ValueSummary[];
  star: boolean;
  /**
   * When the pool's function is a partial: its bound arguments, with { placeholder: true } where
   * a task's own go. A task's recorded arguments are then those its function was called with
   * (partial(f, _, 10) mapped over 3 records f's [3, 10]).
   */
  bound?: ValueSummary[];
  /** The results of the recorded tasks that returned. */
  results?: Float64Array | ValueSummary[];
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

/** Summaries of values[start..end): a copy of them when they are their own summaries. */
export function summarizeRange(values: ArrayLike<unknown>, start: number, end: number): ValueSummary[] {
  const out = new Array<ValueSummary>(end - start);
  for (let i = start; i < end; i++) {
    const value = values[i];
    out[i - start] = isOwnSummary(value) ? (value as ValueSummary) : summarize(value);
  }
  return out;
}

/** An argument list: each argument summarized on its own; past 1 000, { more: n }. */
export function summarizeArgList(list: readonly unknown[]): ValueSummary[] {
  if (list.length <= maxElements) return summarizeRange(list, 0, list.length);
  return [...summarizeRange(list, 0, maxElements), { more: list.length - maxElements }];
}

/** A packed or listed prefix of `count` values, as the page receives it. */
function packedPrefix(packed: Float64Array, count: number): Float64Array {
  // A subarray would send its whole buffer: copy a part.
  return count === packed.length ? packed : packed.slice(0, count);
}

/** The recorded arguments of tasks start..end of a job (`items`: the call's own, not encoded). */
export function recordArgs(
  items: readonly unknown[],
  start: number,
  end: number,
  star: boolean,
  packed: Float64Array | null,
): Float64Array | ValueSummary[] {
  if (packed) return packedPrefix(packed, end - start);
  if (!star) return summarizeRange(items, start, end);
  const lists = new Array<ValueSummary>(end - start);
  for (let i = start; i < end; i++) lists[i - start] = summarizeArgList(items[i] as unknown[]);
  return lists;
}

/** The recorded results of a chunk's first `count` tasks (`values`: as the caller gets them). */
export function recordResults(values: ArrayLike<unknown>, count: number): Float64Array | ValueSummary[] {
  const end = Math.min(count, values.length);
  return values instanceof Float64Array ? packedPrefix(values, end) : summarizeRange(values, 0, end);
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

/** Task i's arguments, as the report shows them. */
export function recordedArgs(records: TaskRecords, i: number): ValueSummary[] {
  const { args } = records;
  const own: ValueSummary[] = records.star
    ? (args[i] as ValueSummary[])
    : [args instanceof Float64Array ? numberSummary(args[i] as number) : (args[i] as ValueSummary)];
  return records.bound ? fillHoles(records.bound, own, isPlaceholderSummary) : own;
}

/** Task i's result, if it was recorded. */
export function recordedResult(records: TaskRecords, i: number): ValueSummary | undefined {
  const { results } = records;
  if (!results || i >= results.length) return undefined;
  return results instanceof Float64Array ? numberSummary(results[i] as number) : results[i];
}
