// performance_comparison.py, in TypeScript, plus a fourth way: the chunks in shared memory, so
// that each task receives an index instead of a copy of a million numbers.
import { Pool, SharedArray, _, partial, time } from 'parallel';

// A sum of squares, element by element
export function processDataSimple(data: Float64Array): number {
  let total = 0;
  for (const x of data) total += x ** 2;
  return total;
}

export function processDataWithConfig(data: Float64Array, { multiplier }: { multiplier: number }): number {
  return processDataSimple(data) * multiplier;
}

// The same sum over chunk number index of the shared array: only the index is copied to the
// worker; allChunks arrives as the same memory
export function processSharedChunk(
  index: number,
  { allChunks, chunkSize }: { allChunks: SharedArray; chunkSize: number },
): number {
  const view = allChunks.view as Float64Array;
  return processDataSimple(view.subarray(index * chunkSize, (index + 1) * chunkSize));
}

// Python's **kwargs is an options object here: poolSize, and whatever else is given
// (e.g. { multiplier: 2 }), which partial fixes on func
async function runTest<T>(
  testName: string,
  func: (item: T, ...options: never[]) => number,
  dataChunks: T[],
  { poolSize = 4, ...kwargs }: { poolSize?: number; [option: string]: unknown } = {},
): Promise<number[]> {
  // The timer starts before the pool exists and stops after it has shut down
  const startTime = time();
  let results: number[];
  {
    await using pool = new Pool(poolSize);
    if (Object.keys(kwargs).length > 0) {
      // Options given to runTest are fixed on func, as partial(func, **kwargs) does
      const partialFunc = partial(func, _, kwargs);
      results = await pool.map(partialFunc, dataChunks);
    } else {
      results = await pool.map(func, dataChunks);
    }
  }
  const endTime = time();
  console.log(`${testName} completed in ${(endTime - startTime).toFixed(4)} seconds`);
  return results;
}

if (import.meta.main) {
  const chunkSize = 1000000;
  const numChunks = 8;
  // Eight arrays of a million random numbers in [0, 1); each one is copied to a worker
  const dataChunks = Array.from({ length: numChunks }, () =>
    Float64Array.from({ length: chunkSize }, Math.random),
  );
  console.log(`Created ${numChunks} data chunks of size ${chunkSize} each`);

  const results1 = await runTest('Simple map', processDataSimple, dataChunks);
  // multiplier: 2 arrives in runTest's options
  const results2 = await runTest('Map with partial', processDataWithConfig, dataChunks, { multiplier: 2 });

  // The same work in the main process, for comparison
  const startTime = time();
  const seqResults = dataChunks.map((chunk) => processDataSimple(chunk));
  const endTime = time();
  console.log(`Sequential processing completed in ${(endTime - startTime).toFixed(4)} seconds`);

  // The chunks copied once into shared memory; each task gets its index, and the options
  // (the shared array and the chunk size) are fixed by runTest's partial
  const allChunks = new SharedArray('d', numChunks * chunkSize);
  dataChunks.forEach((chunk, i) => (allChunks.view as Float64Array).set(chunk, i * chunkSize));
  const indexes = dataChunks.map((_chunk, i) => i);
  const results4 = await runTest('Shared memory', processSharedChunk, indexes, { allChunks, chunkSize });

  console.log('\nFirst result from each test:');
  console.log(`Test 1 first result: ${results1[0]?.toFixed(4)}`);
  console.log(`Test 2 first result: ${results2[0]?.toFixed(4)} (should be double of Test 1)`);
  console.log(`Sequential first result: ${seqResults[0]?.toFixed(4)}`);
  console.log(`Shared memory first result: ${results4[0]?.toFixed(4)}`);
}
