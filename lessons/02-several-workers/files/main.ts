// multiple_processes.py, in TypeScript: three worker processes, each given its own id.
import { Process, getpid, sleep } from 'parallel';

// Exercise: give worker a second parameter, seconds, and sleep that long instead of 1 s.
// Start worker i with args: [i, 3 - i], so that worker 0 works longest, and name each process
// `Worker-${i}` with the name option of new Process.
export function worker(workerId: number) {
  console.log(`Worker ${workerId} (PID: ${getpid()}) started`);
  sleep(1); // stands for real work
  console.log(`Worker ${workerId} completed`);
  return workerId * 2; // a Process cannot hand this back: the main process never sees it
}

if (import.meta.main) {
  console.log(`Main process PID: ${getpid()}`);

  const processes: Process[] = [];
  for (let i = 0; i < 3; i++) {
    // args is Python's tuple: args=(i,) becomes args: [i]
    const p = new Process({ target: worker, args: [i] });
    processes.push(p);
    p.start();
  }

  // Start all three first, then wait for each one
  for (const p of processes) {
    await p.join();
  }

  console.log('All processes completed');
}
