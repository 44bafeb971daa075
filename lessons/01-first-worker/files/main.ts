// simple_process.py, in TypeScript: start one worker process and wait for it.
import { Process, getpid, getppid, sleep } from 'parallel';

// Runs in the new process: it has its own PID, and its parent is the main process.
// A top-level export, because the worker finds it by name in its own copy of this file
// (Python's pickle sends a function the same way, by reference).
//
// Exercise: give worker a parameter name (a string) and print `Hello from ${name}` from it.
// Then start the process with args: ['Alice'], so that the name travels to the worker.
export function worker() {
  console.log(`Worker process id: ${getpid()}`);
  console.log(`Worker parent process id: ${getppid()}`);
  sleep(1); // stands for real work
  console.log('Worker process completed');
}

// Python's `if __name__ == "__main__":` true only in the main process, not in the worker
if (import.meta.main) {
  console.log(`Main process id: ${getpid()}`);

  // A process that will run worker(), with no arguments
  const p = new Process({ target: worker });

  console.log('Starting worker process...');
  p.start();
  await p.join(); // wait here until the worker has finished

  console.log('Main process completed');
}
