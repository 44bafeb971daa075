// partial_example.py, in TypeScript, with a second configuration as a partial.
import { Pool, _, partial, sleep } from 'parallel';

export function processWithConfig(data: number, configA: number, configB: number): number {
  console.log(`Processing ${data} with config_a=${configA}, config_b=${configB}`);
  sleep(1); // Simulate work
  return data * configA + configB;
}

if (import.meta.main) {
  const dataItems = [1, 2, 3, 4, 5];
  const processFunc = partial(processWithConfig, _, 10, 5);

  await using pool = new Pool(3);

  const results = await pool.map(processFunc, dataItems);
  console.log('Results:', results);

  // A partial travels as "export processWithConfig of main.ts" plus its bound arguments.
  try {
    const bigResults = await pool.map(partial(processWithConfig, _, 100, 1), dataItems);
    console.log('Big results:', bigResults);
  } catch (error) {
    const e = error as Error;
    console.log(`Could not send the arrow: ${e.name}: ${e.message}`);
  }
}
