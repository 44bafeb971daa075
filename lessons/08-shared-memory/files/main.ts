// shared_memory_example.py, in TypeScript: four workers square one shared array in place.
import { Pool, SharedArray, time } from 'parallel';

export function processChunk(sharedArray: SharedArray, start: number, end: number): [number, number] {
  // The live Float64Array over the shared memory: no copy, every worker sees the same numbers
  const arr = sharedArray.view as Float64Array;
  const chunk = arr.subarray(start, end); // a view of [start, end), not a copy
  chunk.forEach((value, k) => {
    chunk[k] = value ** 2;
  });
  return [start, end];
}

if (import.meta.main) {
  // Create a shared array
  // Exercise: make size 1_000_003 and fix the chunks below so that every element is squared.
  const size = 1_000_000;
  const sharedArray = new SharedArray('d', size);

  // Initialize the array with values
  const arr = sharedArray.view as Float64Array;
  for (let i = 0; i < size; i++) arr[i] = i;

  console.log(`Array initialized with size ${size}`);
  console.log('First 5 elements:', Array.from(arr.subarray(0, 5)));

  // Split the work into chunks
  const numProcesses = 4;
  const chunkSize = Math.floor(size / numProcesses);
  const chunks = Array.from({ length: numProcesses }, (_, i): [SharedArray, number, number] => [
    sharedArray,
    i * chunkSize,
    (i + 1) * chunkSize,
  ]);

  console.log('Starting parallel processing...');
  const startTime = time();

  let results: [number, number][];
  {
    // Unlike CPython, a SharedArray may be passed as a task argument: it arrives as the same memory.
    await using pool = new Pool(numProcesses);
    results = await pool.starmap(processChunk, chunks);
  }

  const endTime = time();

  console.log(`Processing completed in ${(endTime - startTime).toFixed(2)} seconds`);
  console.log('First 5 elements after processing:', Array.from(arr.subarray(0, 5)));
  console.log('Results summary:', results);

  // Checks that the main process can make, reading the same memory
  console.log('Last 3 elements after processing:', Array.from(arr.subarray(size - 3)));
  console.log(
    'All squared:',
    arr.every((value, i) => value === i * i),
  );
}
