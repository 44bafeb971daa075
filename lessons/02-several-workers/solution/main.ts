// multiple_processes.py, in TypeScript, with two arguments per worker and named processes.
import { Process, getpid, sleep } from 'parallel';

export function worker(workerId: number, seconds: number) {
  console.log(`Worker ${workerId} (PID: ${getpid()}) started`);
  sleep(seconds); // Simulate some work
  console.log(`Worker ${workerId} completed`);
  return workerId * 2; // This return value is not accessible to the parent process
}

if (import.meta.main) {
  const processes: Process[] = [];

  for (let i = 0; i < 3; i++) {
    const p = new Process({ target: worker, args: [i, 3 - i], name: `Worker-${i}` });
    processes.push(p);
    p.start();
  }

  for (const p of processes) {
    await p.join();
  }

  console.log('All processes completed');
}
