// pool_apply.py, in TypeScript, with callbacks that run as each task's result arrives.
import { Pool, sleep } from 'parallel';

export function processTask(taskId: number, duration: number, data: number[]): number {
  console.log(`Starting task ${taskId} with duration ${duration}s and data:`, data);
  sleep(duration); // stands for real work
  const result = data.reduce((sum, x) => sum + x, 0) * taskId;
  console.log(`Task ${taskId} completed`);
  return result;
}

// A callback runs in the main process, so it may be any function (an arrow too): it never
// travels to a worker.
function announce(result: number): void {
  console.log(`Callback: ${result}`);
}

if (import.meta.main) {
  await using pool = new Pool(2);

  console.log('Starting tasks with apply()...');
  // apply() waits for the result; the third argument is a whole list
  const result1 = await pool.apply(processTask, [1, 2, [1, 2, 3]]);
  console.log(`Result 1: ${result1}`);
  const result2 = await pool.apply(processTask, [2, 1, [4, 5, 6]]);
  console.log(`Result 2: ${result2}`);

  console.log('\nStarting tasks with apply_async()...');
  // applyAsync() returns at once; the tasks run in the background
  const asyncResult1 = pool.applyAsync(processTask, [3, 3, [7, 8, 9]], { callback: announce });
  const asyncResult2 = pool.applyAsync(processTask, [4, 2, [10, 11, 12]], { callback: announce });

  console.log('Tasks are running in the background...');
  sleep(1); // the main process is free meanwhile
  console.log('Main process is doing other work...');

  // get() waits for each result, in the order asked for
  console.log(`Result 3: ${await asyncResult1.get()}`);
  console.log(`Result 4: ${await asyncResult2.get()}`);
}
