// pool_apply.py, in TypeScript: apply() waits for each task; applyAsync() returns at once and
// the tasks run in the background. The third argument of every task is a whole list.
import { Pool, sleep } from 'parallel';

export function processTask(taskId: number, duration: number, data: number[]): number {
  console.log(`Starting task ${taskId} with duration ${duration}s and data:`, data);
  sleep(duration); // stands for real work
  const result = data.reduce((sum, x) => sum + x, 0) * taskId;
  console.log(`Task ${taskId} completed`);
  return result;
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
  // Exercise: give both calls a third argument { callback: … } that prints `Callback: <result>`
  // in the main process as soon as that task's result arrives.
  const asyncResult1 = pool.applyAsync(processTask, [3, 3, [7, 8, 9]]);
  const asyncResult2 = pool.applyAsync(processTask, [4, 2, [10, 11, 12]]);

  console.log('Tasks are running in the background...');
  sleep(1); // the main process is free meanwhile
  console.log('Main process is doing other work...');

  // get() waits for each result, in the order asked for
  console.log(`Result 3: ${await asyncResult1.get()}`);
  console.log(`Result 4: ${await asyncResult2.get()}`);
}
