// performance_comparison.py, in TypeScript: 8 chunks of a million numbers, map vs partial vs a
// plain loop, and a chart of the times.
import { Pool, _, cpuCount, partial, time } from 'parallel';
import { bar, figure, show, text, title, ylabel } from 'parallel/plot';

const CHUNKS = 8;
const N = 1_000_000;

/** How many times each chunk is worked through: enough CPU work that starting workers pays off. */
const PASSES = 8;

/** A CPU-heavy reduction: a deliberately slow sum of x² (numpy's work in the lab). */
export function processData(data: Float64Array, multiplier = 1): number {
  let result = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    result = 0;
    for (const x of data) {
      result += Math.pow(Math.sqrt(x), 4);
    }
  }
  return result * multiplier;
}

/** Seeded random numbers in [0, 1) (mulberry32), so every run sees the same data. */
function randomChunk(seed: number): Float64Array {
  const out = new Float64Array(N);
  let a = seed >>> 0;
  for (let i = 0; i < N; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  return out;
}

function seconds(since: number): string {
  return (time() - since).toFixed(2);
}

if (import.meta.main) {
  console.log(`System has ${cpuCount()} CPU cores`);
  // Create test data: 8 chunks of 1 million random numbers
  const dataChunks = Array.from({ length: CHUNKS }, (_unused, i) => randomChunk(i + 1));
  const labels: string[] = [];
  const times: number[] = [];

  // Test 1: simple map (each chunk is copied into a worker by structured clone)
  let startTime = time();
  let results1: number[];
  {
    await using pool = new Pool(4);
    results1 = await pool.map(processData, dataChunks);
  }
  console.log(`Simple map completed in ${seconds(startTime)} seconds`);
  labels.push('Simple map');
  times.push(time() - startTime);

  // Test 2: map with partial (multiplier = 2)
  startTime = time();
  let results2: number[];
  {
    await using pool = new Pool(4);
    results2 = await pool.map(partial(processData, _, 2), dataChunks);
  }
  console.log(`Map with partial completed in ${seconds(startTime)} seconds`);
  labels.push('Map with partial');
  times.push(time() - startTime);

  // Sequential processing for comparison
  startTime = time();
  const results3 = dataChunks.map((chunk) => processData(chunk));
  console.log(`Sequential processing completed in ${seconds(startTime)} seconds`);
  labels.push('Sequential');
  times.push(time() - startTime);

  console.log(`Test 1 result: ${results1[0]?.toFixed(4)}`);
  console.log(`Test 2 result: ${results2[0]?.toFixed(4)}`);
  console.log(`Sequential result: ${results3[0]?.toFixed(4)}`);

  // Exercise: hand the data over in shared memory instead of copying it. Copy the 8 chunks once
  // into one `new SharedArray('d', CHUNKS * N)`, add an exported `processShared(shared, index)`
  // that runs processData on its chunk of shared.view (subarray), time a Pool(4) starmap of it
  // over [shared, 0] … [shared, 7], print `Shared memory completed in … seconds` and
  // `Shared memory result: …` (chunk 0, toFixed(4)), and add its bar to the chart.

  figure();
  bar(labels, times);
  times.forEach((t, i) => text(i, t, `${t.toFixed(2)} s`));
  title('8 chunks of 1M numbers: parallel vs sequential');
  ylabel('seconds');
  show();
}
