import { afterEach, expect, test } from 'vitest';
import builtSnapshotUrl from 'virtual:python-snapshot';
import { InterpreterPool } from './interpreters';
import { startPythonRun } from './python-run';

const pools: InterpreterPool[] = [];
afterEach(() => {
  for (const pool of pools.splice(0)) pool.dispose();
});

/** Runs a script that needs what the snapshot holds (multiprocessing, numpy, pickle), on `pool`. */
async function runOn(pool: InterpreterPool): Promise<string[]> {
  pools.push(pool);
  const source = `
import multiprocessing, numpy, pickle, sys
print(multiprocessing.current_process().name, int(numpy.array([1, 2]).sum()), pickle.loads(pickle.dumps(3)))
print(sys.path.index("/lib/parallel_lab") < sys.path.index("/lib/python314.zip"))
`;
  const report = await startPythonRun({ 'main.py': source }, { entry: 'main.py', interpreters: pool }).report;
  expect(report.status).toBe('ok');
  return report.output.map((line) => line.text);
}

async function gunzip(bytes: ArrayBuffer): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function gzip(bytes: Uint8Array<ArrayBuffer>): Promise<Blob> {
  return new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'))).blob();
}

/** Runs the script on a new pool given `snapshotUrl`; which snapshot its interpreters used. */
async function snapshotUsed(snapshotUrl?: string): Promise<string | null> {
  const pool = new InterpreterPool({ spares: 1, ...(snapshotUrl === undefined ? {} : { snapshotUrl }) });
  expect(await runOn(pool)).toEqual(['MainProcess 3 3', 'True']);
  return pool.snapshotFrom;
}

test('the build made a snapshot, and every interpreter starts from it', { timeout: 120_000 }, async () => {
  expect(builtSnapshotUrl).toEqual(expect.any(String));
  expect(await snapshotUsed()).toBe('build');
});

test(
  'where the build’s snapshot should be there is something else, and Python boots the slow way and runs the same',
  { timeout: 180_000 },
  async () => {
    // The dev server answers a missing file with index.html; Pyodide refuses it (no snapshot magic).
    expect(await snapshotUsed('/no-such-snapshot.gz')).toBe('page');
  },
);

test(
  'a snapshot of another Pyodide build is refused, and Python boots the slow way',
  { timeout: 180_000 },
  async () => {
    const snapshot = await gunzip(await (await fetch(builtSnapshotUrl ?? '')).arrayBuffer());
    // Bytes 16-47 of the header are the build id of the WebAssembly the snapshot was made with.
    snapshot[16] = (snapshot[16] ?? 0) ^ 0xff;
    const url = URL.createObjectURL(await gzip(snapshot));
    try {
      expect(await snapshotUsed(url)).toBe('page');
    } finally {
      URL.revokeObjectURL(url);
    }
  },
);

test(
  'each process draws its own random numbers, though all start from one snapshot',
  { timeout: 120_000 },
  async () => {
    const pool = new InterpreterPool({ spares: 2 });
    pools.push(pool);
    const source = `
import multiprocessing, random

def draw(_):
    return random.random()

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(len({random.random(), *pool.map(draw, range(2), chunksize=1)}))
`;
    const draws = async () => {
      const report = await startPythonRun({ 'main.py': source }, { entry: 'main.py', interpreters: pool })
        .report;
      expect(report.status).toBe('ok');
      return report.output.map((line) => line.text);
    };
    // Three different numbers from three processes, in each of two runs.
    expect([...(await draws()), ...(await draws())]).toEqual(['3', '3']);
  },
);
