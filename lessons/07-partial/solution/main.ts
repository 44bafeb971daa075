// partial_example.py, in TypeScript, with a second configuration fixed by partial.
import { Pool, _, partial, sleep } from 'parallel';

export interface Config {
  configA: number;
  configB: number;
}

// JavaScript has no keyword arguments: the settings come in one object, by name,
// as in processWithConfig(3, { configA: 10, configB: 5 })
export function processWithConfig(data: number, { configA, configB }: Config): number {
  console.log(`Processing ${data} with config_a=${configA}, config_b=${configB}`);
  sleep(1); // stands for real work
  return data * configA + configB;
}

if (import.meta.main) {
  const dataItems = [1, 2, 3, 4, 5];
  const configA = 10;
  const configB = 5;

  // Fix both settings; _ keeps the place of data open, so data stays the one free parameter
  const partialProcess = partial(processWithConfig, _, { configA, configB });

  await using pool = new Pool(3);
  console.log('Starting processing with partial function...');
  // map feeds each item to partialProcess:
  // processWithConfig(item, { configA: 10, configB: 5 })
  const results = await pool.map(partialProcess, dataItems);
  console.log('Results:', results);

  // A partial travels as "export processWithConfig of main.ts" plus its bound arguments;
  // an arrow has no such name, so the pool refuses it
  const bigResults = await pool.map(partial(processWithConfig, _, { configA: 100, configB: 1 }), dataItems);
  console.log('Big results:', bigResults);
}
