// Lesson 01's start, as a learner's program: the run's first child process. Prints how long it
// took from start() to the child's first line, as a "BENCH {json}" line.
import { Process, time } from 'parallel';

export function started(askedAt: number): void {
  const ms = (time() - askedAt) * 1000;
  console.log(`BENCH ${JSON.stringify({ id: 'process-start-first-child', value: ms, peers: {} })}`);
}

if (import.meta.main) {
  const child = new Process({ target: started, args: [time()] });
  child.start();
  await child.join();
}
