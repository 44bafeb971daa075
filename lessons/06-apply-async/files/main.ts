// pool_apply.py, in TypeScript: apply blocks, applyAsync runs in the background.
import { Pool, sleep } from 'parallel';

export function processTask(taskId: number, x: number, y: number, delay: number): number {
  console.log(`Starting task ${taskId}`);
  sleep(delay); // Simulate work
  const result = x * y;
  console.log(`Task ${taskId} completed`);
  return result;
}

if (import.meta.main) {
  await using pool = new Pool(2);

  // apply() waits until the result is ready
  const result1 = await pool.apply(processTask, [1, 2, 3, 2]);
  console.log(`Result 1: ${result1}`);

  const result2 = await pool.apply(processTask, [2, 5, 6, 1]);
  console.log(`Result 2: ${result2}`);

  // applyAsync() returns at once with an AsyncResult
  // Exercise: give both calls a third argument { callback: … } that prints `Callback: <result>`
  // in the main process as soon as that task's result arrives. Task 4 is shorter, so its
  // callback should print first, while `Result 3` still prints before `Result 4`.
  const asyncResult3 = pool.applyAsync(processTask, [3, 8, 9, 3]);
  const asyncResult4 = pool.applyAsync(processTask, [4, 11, 12, 2]);

  console.log('Tasks are running in the background...');

  // The main process can do other work here
  console.log('Main process is doing other work...');

  // get() waits for each result
  const result3 = await asyncResult3.get();
  const result4 = await asyncResult4.get();

  console.log(`Result 3: ${result3}`);
  console.log(`Result 4: ${result4}`);
}
