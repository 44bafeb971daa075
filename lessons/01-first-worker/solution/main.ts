import { Process, getpid, getppid } from 'parallel';

export function worker(name: string) {
  console.log(`Worker ${name}: pid ${getpid()}, parent ${getppid()}`);
}

if (import.meta.main) {
  console.log(`Main process id: ${getpid()}`);
  const p = new Process({ target: worker, args: ['Alice'] });
  p.start();
  await p.join();
  console.log('Main process completed');
}
