// performance_comparison.py, in TypeScript, plus the same work handed over in shared memory.
import { Pool, SharedArray, _, cpuCount, partial, time } from 'parallel';
import { bar, figure, show, text, title, ylabel } from 'parallel/plot';

const CHUNKS = 8;
const N = 1_000_000;

/** How many times each chunk is worked through: enough CPU work that starting workers pays off. */
const PASSES = 8;

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

/** Works on chunk `index` of the shared array: only a reference to the memory travels. */
export function processShared(shared: SharedArray, index: number): number {
  const all = shared.view as Float64Array;
  return processData(all.subarray(index * N, (index + 1) * N));
}

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
  const dataChunks = Array.from({ length: CHUNKS }, (_unused, i) => randomChunk(i + 1));
  const labels: string[] = [];
  const times: number[] = [];

  let startTime = time();
  let results1: number[];
  {
    await using pool = new Pool(4);
    results1 = await pool.map(processData, dataChunks);
  }
  console.log(`Simple map completed in ${seconds(startTime)} seconds`);
  labels.push('Simple map');
  times.push(time() - startTime);

  startTime = time();
  let results2: number[];
  {
    await using pool = new Pool(4);
    results2 = await pool.map(partial(processData, _, 2), dataChunks);
  }
  console.log(`Map with partial completed in ${seconds(startTime)} seconds`);
  labels.push('Map with partial');
  times.push(time() - startTime);

  startTime = time();
  const results3 = dataChunks.map((chunk) => processData(chunk));
  console.log(`Sequential processing completed in ${seconds(startTime)} seconds`);
  labels.push('Sequential');
  times.push(time() - startTime);

  console.log(`Test 1 result: ${results1[0]?.toFixed(4)}`);
  console.log(`Test 2 result: ${results2[0]?.toFixed(4)}`);
  console.log(`Sequential result: ${results3[0]?.toFixed(4)}`);

  // The same numbers, copied once into shared memory; the tasks get only [shared, index].
  const shared = new SharedArray('d', CHUNKS * N);
  const view = shared.view as Float64Array;
  dataChunks.forEach((chunk, i) => view.set(chunk, i * N));

  startTime = time();
  let results4: number[];
  {
    await using pool = new Pool(4);
    results4 = await pool.starmap(
      processShared,
      dataChunks.map((_chunk, i): [SharedArray, number] => [shared, i]),
    );
  }
  console.log(`Shared memory completed in ${seconds(startTime)} seconds`);
  console.log(`Shared memory result: ${results4[0]?.toFixed(4)}`);
  labels.push('Shared memory');
  times.push(time() - startTime);

  figure();
  bar(labels, times);
  times.forEach((t, i) => text(i, t, `${t.toFixed(2)} s`));
  title('8 chunks of 1M numbers: parallel vs sequential');
  ylabel('seconds');
  show();
}
