// simple_process.py, in TypeScript, with an argument passed to the worker.
import { Process, getpid, getppid, sleep } from 'parallel';

export function worker(name: string) {
  console.log(`Hello from ${name}`);
  console.log(`Worker process id: ${getpid()}`);
  console.log(`Worker parent process id: ${getppid()}`);
  sleep(1); // Simulate some work
  console.log('Worker process completed');
}

if (import.meta.main) {
  console.log(`Main process id: ${getpid()}`);

  console.log('Starting worker process...');
  const p = new Process({ target: worker, args: ['Alice'] });

  p.start();
  await p.join();

  console.log('Main process completed');
}
