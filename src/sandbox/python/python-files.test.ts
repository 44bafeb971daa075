// Python's file system is the learner's workspace: what one Python process writes, every other
// process of the run and the page (the TypeScript runtime, the Files panel) see.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { InterpreterPool } from './interpreters';
import { startPythonRun } from './python-run';
import { exists, readFile, remove, writeFile } from '../../runtime/fs';
import type { RunReport } from '../report';

const interpreters = new InterpreterPool({ spares: 3 });
beforeAll(() => interpreters.prepare(), 180_000);
afterAll(() => interpreters.dispose());

const folder = 'python-files-test';

function run(source: string): Promise<RunReport> {
  return startPythonRun({ 'main.py': source }, { entry: 'main.py', interpreters, timeScale: 0.1 }).report;
}

const printed = (report: RunReport) => report.output.map((l) => l.text);

/** zlib's CRC-32, to compare with Python's zlib.crc32. */
function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

test(
  'a pool worker writes a file; the main process lists and reads it; the page sees it',
  { timeout: 180_000 },
  async () => {
    if (await exists(folder)) await remove(folder, { recursive: true });
    const report = await run(`
import multiprocessing, os

def write(name):
    with open(os.path.join("${folder}", name), "w") as f:
        f.write(f"written by {os.getpid()}")
    return name

if __name__ == "__main__":
    os.makedirs("${folder}", exist_ok=True)
    with multiprocessing.Pool(1) as pool:
        pool.map(write, ["a.txt"])
    print(sorted(os.listdir("${folder}")))
    with open("${folder}/a.txt") as f:
        print(f.read())
    print(os.path.exists("${folder}/a.txt"), os.path.exists("${folder}/b.txt"), os.path.isdir("${folder}"))
    print(os.path.getsize("${folder}/a.txt"), "main.py" in os.listdir("."))
`);
    expect(report.status, printed(report).join('\n')).toBe('ok');
    expect(printed(report)).toEqual(["['a.txt']", 'written by 2', 'True False True', '12 True']);
    expect(await readFile(`${folder}/a.txt`, 'utf8')).toBe('written by 2');
    expect(report.files).toContain(`${folder}/a.txt`);
  },
);

test('Python reads bytes the page wrote, and removes them', { timeout: 180_000 }, async () => {
  await writeFile(`${folder}/page.bin`, new Uint8Array([0, 1, 2, 255]));
  const report = await run(`
import os
with open("${folder}/page.bin", "rb") as f:
    print(list(f.read()))
os.remove("${folder}/page.bin")
print(os.path.exists("${folder}/page.bin"))
`);
  expect(printed(report)).toEqual(['[0, 1, 2, 255]', 'False']);
  expect(await exists(`${folder}/page.bin`)).toBe(false);
});

test("a missing folder is CPython's FileNotFoundError, and the run ends", { timeout: 180_000 }, async () => {
  const report = await run('import os\nos.listdir("no_such_folder")\n');
  expect(report.status).toBe('error');
  expect(printed(report).at(-1)).toBe(
    "FileNotFoundError: [Errno 2] No such file or directory: 'no_such_folder'",
  );
});

test(
  "CPython's errno shows only in the traceback: inside the program errno.ENOENT still matches",
  { timeout: 180_000 },
  async () => {
    const report = await run(`import errno, os
try:
    os.listdir("no_such_folder")
except FileNotFoundError as e:
    print(e.errno == errno.ENOENT)
try:
    os.mkdir("no_such_folder/inner")
except OSError as e:
    raise RuntimeError("could not make the folder") from e
`);
    expect(report.status).toBe('error');
    const lines = printed(report);
    expect(lines[0]).toBe('True');
    expect(lines).toContain("FileNotFoundError: [Errno 2] No such file or directory: 'no_such_folder/inner'");
    expect(lines.at(-1)).toBe('RuntimeError: could not make the folder');
  },
);

test(
  "print(e) and a pool task's traceback show CPython's Linux errno (2), while e.errno == errno.ENOENT holds",
  { timeout: 180_000 },
  async () => {
    // CPython 3.11 on Linux prints these lines for this script (Pyodide's own numbers are 44).
    const report = await run(`import errno, multiprocessing, os

def read(name):
    with open(name) as f:
        return f.read()

if __name__ == "__main__":
    try:
        os.listdir("no_such_folder")
    except FileNotFoundError as e:
        print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
        print(e)
        print(repr(e), e.errno, errno.ENOENT)
    with multiprocessing.Pool(1) as pool:
        try:
            pool.map(read, ["missing.txt"])
        except FileNotFoundError as e:
            print(e, e.errno == errno.ENOENT)
            print(str(e.__cause__).strip().splitlines()[-2])
`);
    expect(report.status, printed(report).join('\n')).toBe('ok');
    expect(printed(report)).toEqual([
      'True ENOENT',
      "[Errno 2] No such file or directory: 'no_such_folder'",
      "FileNotFoundError(2, 'No such file or directory') 2 2",
      "[Errno 2] No such file or directory: 'missing.txt' True",
      "FileNotFoundError: [Errno 2] No such file or directory: 'missing.txt'",
    ]);
    expect(printed(report).join('\n')).not.toContain('44');
  },
);

test(
  'open(..., "w") over a file truncates it (written back once, at close); a file over 2 MB reads whole',
  { timeout: 180_000 },
  async () => {
    // 3 MB: more than a process's first reply buffer (2 MB), so the service sends it again.
    const big = new Uint8Array(3_000_000).map((_, i) => (i * 7919) % 251);
    await writeFile(`${folder}/big.bin`, big);
    const report = await run(`
import os, zlib
path = "${folder}/short.txt"
with open(path, "w") as f:
    f.write("a longer first text")
with open(path, "w") as f:
    f.write("ab")
with open(path) as f:
    print(repr(f.read()))
open(path, "w").close()
print(os.path.getsize(path))
with open("${folder}/big.bin", "rb") as f:
    data = f.read()
print(len(data), zlib.crc32(data))
`);
    expect(report.status, printed(report).join('\n')).toBe('ok');
    expect(printed(report)).toEqual(["'ab'", '0', `3000000 ${crc32(big)}`]);
    expect(await readFile(`${folder}/short.txt`, 'utf8')).toBe('');
  },
);

test('os.rename moves a folder with what it holds, as on a real disk', { timeout: 180_000 }, async () => {
  if (await exists(`${folder}/renamed`)) await remove(`${folder}/renamed`, { recursive: true });
  const report = await run(`
import os
os.makedirs("${folder}/old/inner", exist_ok=True)
with open("${folder}/old/inner/x.txt", "w") as f:
    f.write("x")
with open("${folder}/old/y.txt", "w") as f:
    f.write("y")
os.rename("${folder}/old", "${folder}/renamed")
print(os.path.exists("${folder}/old"), sorted(os.listdir("${folder}/renamed")))
with open("${folder}/renamed/inner/x.txt") as f:
    print(f.read())
`);
  expect(printed(report)).toEqual(["False ['inner', 'y.txt']", 'x']);
  expect(await exists(`${folder}/old`)).toBe(false);
  expect(await readFile(`${folder}/renamed/y.txt`, 'utf8')).toBe('y');
});
