// simple_process.py, in TypeScript, with a first argument: the worker is told whom to greet.
import { Process, getpid, getppid, sleep } from 'parallel';

// The worker gets its name through args: the main process copies it into the new process
export function worker(name: string) {
  console.log(`Hello from ${name}`);
  console.log(`Worker process id: ${getpid()}`);
  console.log(`Worker parent process id: ${getppid()}`);
  sleep(1); // stands for real work
  console.log('Worker process completed');
}

// Python's `if __name__ == "__main__":` true only in the main process, not in the worker
if (import.meta.main) {
  console.log(`Main process id: ${getpid()}`);

  // args is Python's tuple: args=("Alice",) becomes args: ['Alice']
  const p = new Process({ target: worker, args: ['Alice'] });

  console.log('Starting worker process...');
  p.start();
  await p.join(); // wait here until the worker has finished

  console.log('Main process completed');
}
