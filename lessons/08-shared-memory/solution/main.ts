// shared_memory_example.py, in TypeScript, written the way CPython needs it: the shared array
// reaches each worker once, through the pool's initializer, and the tasks carry only their
// index ranges (the Python tab's shared_memory_fixed_ours.py does the same).
import { Pool, SharedArray, sleep, time } from 'parallel';

export function processArrayChunk(array: SharedArray, startIdx: number, endIdx: number): [number, number] {
  console.log(`Processing chunk from index ${startIdx} to ${endIdx}`);
  // Square each element in place, through the shared array itself
  for (let i = startIdx; i < endIdx; i++) {
    array.set(i, array.get(i) ** 2);
  }
  sleep(1); // stands for more work
  return [startIdx, endIdx];
}

// Each worker's own variable: the initializer sets it once, when the worker starts
let inheritedArray: SharedArray | undefined;

export function initWorker(array: SharedArray): void {
  inheritedArray = array;
}

export function processInheritedChunk(startIdx: number, endIdx: number): [number, number] {
  return processArrayChunk(inheritedArray as SharedArray, startIdx, endIdx);
}

if (import.meta.main) {
  const arraySize = 1000000;
  // A million C doubles ('d') in shared memory
  const sharedArray = new SharedArray('d', arraySize);

  // A typed view of the same memory (no copy), filled with 0, 1, 2, ... (the lab's numpy view)
  const tempArray = sharedArray.view as Float64Array;
  for (let i = 0; i < arraySize; i++) tempArray[i] = i;

  console.log(`Array initialized with size ${arraySize}`);
  console.log('First 5 elements:', Array.from(tempArray.subarray(0, 5)));

  // Four index ranges; the last one ends at the array's size
  const numProcesses = 4;
  const chunkSize = Math.floor(arraySize / numProcesses);
  const tasks: [number, number][] = [];
  for (let i = 0; i < numProcesses; i++) {
    const start = i * chunkSize;
    const end = i < numProcesses - 1 ? start + chunkSize : arraySize;
    tasks.push([start, end]);
  }

  let results: [number, number][];
  {
    // The array goes to each worker once, at start-up; the tasks carry only [start, end]
    await using pool = new Pool(numProcesses, { initializer: initWorker, initargs: [sharedArray] });
    console.log('Starting parallel processing...');
    const startTime = time();
    results = await pool.starmap(processInheritedChunk, tasks);
    const endTime = time();
    console.log(`Processing completed in ${(endTime - startTime).toFixed(2)} seconds`);
  }

  console.log('First 5 elements after processing:', Array.from(tempArray.subarray(0, 5)));
  console.log('Results summary:', results);
}
