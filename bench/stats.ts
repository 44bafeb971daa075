export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median wall time (ms) of `runs` calls after `warmups` unmeasured ones. */
export async function timeMedian(
  runs: number,
  warmups: number,
  body: () => Promise<unknown> | unknown,
): Promise<number> {
  for (let i = 0; i < warmups; i++) await body();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await body();
    times.push(performance.now() - start);
  }
  return median(times);
}
