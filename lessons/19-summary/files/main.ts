// Summary: three small jobs, three ways of passing arguments. Pick the right tool for each.
import { Pool, sleep } from 'parallel';

/** The example: one argument per item. */
export function square(x: number): number {
  return x * x;
}

/** Job 1: two arguments per item. */
export function area(width: number, height: number): number {
  return width * height;
}

/** Job 2: one argument changes, the other is the same for every item. */
export function toCelsius(fahrenheit: number, digits: number): number {
  return Number((((fahrenheit - 32) * 5) / 9).toFixed(digits));
}

/** Job 3: tasks of different lengths whose results should be used as soon as each is ready. */
export function download(file: [string, number]): string {
  const [name, seconds] = file;
  sleep(seconds);
  return name;
}

if (import.meta.main) {
  await using pool = new Pool(3);

  // The example, already done: one argument per item → map.
  console.log('Squares:', await pool.map(square, [1, 2, 3]));

  // Job 1: the area of each room, from its width and height.
  const rooms: [number, number][] = [
    [3, 4],
    [5, 5],
    [2, 7],
    [6, 3],
  ];
  // TODO: compute the areas in the pool.
  console.log('Rooms:', rooms);
  const areas: number[] = [];
  console.log('Areas:', areas);

  // Job 2: convert to °C, every value rounded to 1 digit.
  const temperatures = [32, 212, 98.6, 50];
  // TODO: convert them in the pool, with the number of digits fixed once (you may import
  // more from 'parallel').
  console.log('Temperatures (°F):', temperatures);
  const celsius: number[] = [];
  console.log('Celsius:', celsius);

  // Job 3: "download" three files of different sizes; print `Arrived: <name>` for each one as
  // soon as it has arrived.
  const files: [string, number][] = [
    ['big.bin', 3],
    ['small.txt', 1],
    ['medium.png', 2],
  ];
  // TODO: run download over the files in the pool and print each name as it arrives.
  console.log(`${files.length} files to download`);
}
