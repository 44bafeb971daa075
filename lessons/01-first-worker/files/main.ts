// simple_process.py, in TypeScript: start one worker process and wait for it.
import { Process, getpid, getppid, sleep } from 'parallel';

// The function the new process runs. It must be a top-level export: the worker finds it by
// name in its own copy of this file (Python pickles functions the same way, by reference).
//
// Exercise: give `worker` a parameter `name: string`, print a greeting with it from the worker
// (e.g. `Hello from Alice`), and start the process with args: ['Alice'].
export function worker() {
  console.log(`Worker process id: ${getpid()}`);
  console.log(`Worker parent process id: ${getppid()}`);
  sleep(1); // Simulate some work
  console.log('Worker process completed');
}

// Python's `if __name__ == "__main__":` — true only in the main process, not in the worker.
if (import.meta.main) {
  console.log(`Main process id: ${getpid()}`);

  // Create a process
  console.log('Starting worker process...');
  const p = new Process({ target: worker });

  // Start the process
  p.start();

  // Wait for the process to complete
  await p.join();

  console.log('Main process completed');
}
