// partial_example.py, in TypeScript: partial fixes the configuration, and map supplies the data.
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

  // Exercise: a second configuration, configA 100 and configB 1, for the same data items.
  // First try an arrow, and read the error:
  //   pool.map((d: number) => processWithConfig(d, { configA: 100, configB: 1 }), dataItems)
  // Then fix the settings with partial instead, so that the map runs in the workers, and
  // print `Big results: […]`.
}
