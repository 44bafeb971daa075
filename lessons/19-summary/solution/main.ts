// Summary: three small jobs, three ways of passing arguments.
import { Pool, _, partial, sleep } from 'parallel';

export function square(x: number): number {
  return x * x;
}

export function area(width: number, height: number): number {
  return width * height;
}

export function toCelsius(fahrenheit: number, digits: number): number {
  return Number((((fahrenheit - 32) * 5) / 9).toFixed(digits));
}

export function download(file: [string, number]): string {
  const [name, seconds] = file;
  sleep(seconds);
  return name;
}

if (import.meta.main) {
  await using pool = new Pool(3);

  // The example, already done: one argument per item → map.
  console.log('Squares:', await pool.map(square, [1, 2, 3]));

  // Several arguments per item: starmap.
  const rooms: [number, number][] = [
    [3, 4],
    [5, 5],
    [2, 7],
    [6, 3],
  ];
  const areas = await pool.starmap(area, rooms);
  console.log('Areas:', areas);

  // One argument varies, one is fixed: partial (with _ for the varying one) and map.
  const temperatures = [32, 212, 98.6, 50];
  const celsius = await pool.map(partial(toCelsius, _, 1), temperatures);
  console.log('Celsius:', celsius);

  // Results as soon as each is ready: imapUnordered.
  const files: [string, number][] = [
    ['big.bin', 3],
    ['small.txt', 1],
    ['medium.png', 2],
  ];
  console.log(`${files.length} files to download`);
  for await (const name of pool.imapUnordered(download, files)) {
    console.log(`Arrived: ${name}`);
  }
}
