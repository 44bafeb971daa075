// multiple_processes.py, in TypeScript: three workers, each with its own argument.
import { Process, getpid, sleep } from 'parallel';

// Exercise: give `worker` a second parameter `seconds` and sleep that long instead of 1 s.
// Start worker i with args [i, 3 - i] (so worker 0 works longest) and name each process
// `Worker-${i}` with the `name` option.
export function worker(workerId: number) {
  console.log(`Worker ${workerId} (PID: ${getpid()}) started`);
  sleep(1); // Simulate some work
  console.log(`Worker ${workerId} completed`);
  return workerId * 2; // This return value is not accessible to the parent process
}

if (import.meta.main) {
  const processes: Process[] = [];

  // Create and start 3 worker processes
  for (let i = 0; i < 3; i++) {
    const p = new Process({ target: worker, args: [i] });
    processes.push(p);
    p.start();
  }

  // Wait for all processes to complete
  for (const p of processes) {
    await p.join();
  }

  console.log('All processes completed');
}
