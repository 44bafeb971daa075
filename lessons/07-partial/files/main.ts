// partial_example.py, in TypeScript: fix some arguments with partial, map over the rest.
import { Pool, _, partial, sleep } from 'parallel';

export function processWithConfig(data: number, configA: number, configB: number): number {
  console.log(`Processing ${data} with config_a=${configA}, config_b=${configB}`);
  sleep(1); // Simulate work
  return data * configA + configB;
}

if (import.meta.main) {
  const dataItems = [1, 2, 3, 4, 5];

  // Create a partial function with fixed configuration values.
  // `_` marks the argument map fills in: processFunc(d) calls processWithConfig(d, 10, 5).
  const processFunc = partial(processWithConfig, _, 10, 5);

  await using pool = new Pool(3);

  // Only the data items are passed; the configuration is fixed by partial
  const results = await pool.map(processFunc, dataItems);
  console.log('Results:', results);

  // A second configuration, written as an arrow. An arrow is a closure: it is not a top-level
  // export, so it cannot travel to a worker, and the pool refuses it.
  // Exercise: replace the arrow with a partial, so that this map computes d * 100 + 1 in the
  // workers and prints `Big results: [101, 201, 301, 401, 501]`.
  try {
    const bigResults = await pool.map((d: number) => processWithConfig(d, 100, 1), dataItems);
    console.log('Big results:', bigResults);
  } catch (error) {
    const e = error as Error;
    console.log(`Could not send the arrow: ${e.name}: ${e.message}`);
  }
}
