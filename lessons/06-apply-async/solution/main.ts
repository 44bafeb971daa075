// pool_apply.py, in TypeScript, with callbacks that fire in completion order.
import { Pool, sleep } from 'parallel';

export function processTask(taskId: number, x: number, y: number, delay: number): number {
  console.log(`Starting task ${taskId}`);
  sleep(delay); // Simulate work
  const result = x * y;
  console.log(`Task ${taskId} completed`);
  return result;
}

// A callback runs in the main process, so it may be any function (an arrow is fine): it never
// travels to a worker.
function announce(result: number): void {
  console.log(`Callback: ${result}`);
}

if (import.meta.main) {
  await using pool = new Pool(2);

  const result1 = await pool.apply(processTask, [1, 2, 3, 2]);
  console.log(`Result 1: ${result1}`);

  const result2 = await pool.apply(processTask, [2, 5, 6, 1]);
  console.log(`Result 2: ${result2}`);

  const asyncResult3 = pool.applyAsync(processTask, [3, 8, 9, 3], { callback: announce });
  const asyncResult4 = pool.applyAsync(processTask, [4, 11, 12, 2], { callback: announce });

  console.log('Tasks are running in the background...');
  console.log('Main process is doing other work...');

  const result3 = await asyncResult3.get();
  const result4 = await asyncResult4.get();

  console.log(`Result 3: ${result3}`);
  console.log(`Result 4: ${result4}`);
}
