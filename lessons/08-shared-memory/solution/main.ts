// shared_memory_example.py, in TypeScript, with chunks that cover any size.
import { Pool, SharedArray, time } from 'parallel';

export function processChunk(sharedArray: SharedArray, start: number, end: number): [number, number] {
  const arr = sharedArray.view as Float64Array;
  const chunk = arr.subarray(start, end); // a view of [start, end), not a copy
  chunk.forEach((value, k) => {
    chunk[k] = value ** 2;
  });
  return [start, end];
}

if (import.meta.main) {
  const size = 1_000_003;
  const sharedArray = new SharedArray('d', size);
  const arr = sharedArray.view as Float64Array;
  for (let i = 0; i < size; i++) arr[i] = i;

  console.log(`Array initialized with size ${size}`);
  console.log('First 5 elements:', Array.from(arr.subarray(0, 5)));

  // Round the chunk size up, and let the last chunk stop at the end of the array.
  const numProcesses = 4;
  const chunkSize = Math.ceil(size / numProcesses);
  const chunks = Array.from({ length: numProcesses }, (_, i): [SharedArray, number, number] => [
    sharedArray,
    i * chunkSize,
    Math.min((i + 1) * chunkSize, size),
  ]);

  console.log('Starting parallel processing...');
  const startTime = time();

  let results: [number, number][];
  {
    await using pool = new Pool(numProcesses);
    results = await pool.starmap(processChunk, chunks);
  }

  const endTime = time();

  console.log(`Processing completed in ${(endTime - startTime).toFixed(2)} seconds`);
  console.log('First 5 elements after processing:', Array.from(arr.subarray(0, 5)));
  console.log('Results summary:', results);
  console.log('Last 3 elements after processing:', Array.from(arr.subarray(size - 3)));
  console.log(
    'All squared:',
    arr.every((value, i) => value === i * i),
  );
}
