// multiple_processes.py, in TypeScript, with two arguments per worker and named processes.
import { Process, getpid, sleep } from 'parallel';

export function worker(workerId: number, seconds: number) {
  console.log(`Worker ${workerId} (PID: ${getpid()}) started`);
  sleep(seconds); // stands for real work
  console.log(`Worker ${workerId} completed`);
  return workerId * 2; // a Process cannot hand this back: the main process never sees it
}

if (import.meta.main) {
  console.log(`Main process PID: ${getpid()}`);

  const processes: Process[] = [];
  for (let i = 0; i < 3; i++) {
    // The order inside args is the order of the parameters: worker(i, 3 - i)
    const p = new Process({ target: worker, args: [i, 3 - i], name: `Worker-${i}` });
    processes.push(p);
    p.start();
  }

  // Start all three first, then wait for each one
  for (const p of processes) {
    await p.join();
  }

  console.log('All processes completed');
}
