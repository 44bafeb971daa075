// shared_memory_example.py, in TypeScript: four workers square one shared array in place, each
// its own range of indexes. The lab's script crashes on CPython at the starmap call (see the
// lesson); in the browser a SharedArray may travel in a task's arguments, so the lab's plan
// runs as written.
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
    await using pool = new Pool(numProcesses);
    // The shared array itself goes first in every task's list
    const args = tasks.map(([start, end]): [SharedArray, number, number] => [sharedArray, start, end]);
    console.log('Starting parallel processing...');
    const startTime = time();
    results = await pool.starmap(processArrayChunk, args);
    const endTime = time();
    console.log(`Processing completed in ${(endTime - startTime).toFixed(2)} seconds`);
  }

  console.log('First 5 elements after processing:', Array.from(tempArray.subarray(0, 5)));
  console.log('Results summary:', results);

  // Exercise: write it the way CPython needs it. Hand the array to each worker once, when it
  // starts, with the pool's initializer (new Pool(numProcesses, { initializer, initargs })),
  // and send only [start, end] in the tasks. The output stays the same.
}
