// Python's memory snapshot, made at build time (src/runtime/python/snapshot-maker.ts says why)
// and served to the page as the virtual module "virtual:python-snapshot": the snapshot's URL
// (a hashed asset in a build, a path of the dev server), or null when it could not be made,
// and the page then boots Python the slow way. Gzipped: 31 MB of memory is 6 MB so, and the
// browser's DecompressionStream undoes it in a fraction of a second.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { execFile } from 'node:child_process';
import type { Plugin } from 'vite';

const virtualId = 'virtual:python-snapshot';
const pythonDir = path.resolve('src/runtime/python');
const devPath = '@parallel-lab/python-snapshot.gz';
const pyodideDir = `${path.dirname(createRequire(import.meta.url).resolve('pyodide/package.json'))}/`;

/** Everything a snapshot depends on: Pyodide's build, our modules, and how both are booted. */
function inputs(): string[] {
  const lib = readdirSync(path.join(pythonDir, 'lib'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.py'))
    .sort()
    .map((file) => path.join(pythonDir, 'lib', file));
  return [
    path.join(pyodideDir, 'package.json'),
    path.join(pyodideDir, 'pyodide.asm.wasm'),
    ...['boot.ts', 'library.ts', 'snapshot-maker.ts'].map((file) => path.join(pythonDir, file)),
    ...lib,
  ];
}

/**
 * Boots Pyodide in Node through Vite (for library.ts's import.meta.glob) and writes its
 * snapshot to `file`, in a process of its own: CPython's start holds its thread for seconds,
 * which would stall the dev server (a test's browser once gave up connecting to it).
 */
const maker = `
import { createServer } from 'vite';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const [makerModule, pyodideDir, file] = process.argv.slice(1);
const server = await createServer({
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const snapshot = await (await server.ssrLoadModule(makerModule)).makeSnapshot(pyodideDir);
  writeFileSync(file, gzipSync(snapshot, { level: 9 }));
} finally {
  await server.close();
}
`;

function make(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const args = [
      '--input-type=module',
      '-e',
      maker,
      path.join(pythonDir, 'snapshot-maker.ts'),
      pyodideDir,
      file,
    ];
    execFile(process.execPath, args, { maxBuffer: 1 << 24 }, (error, _stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(),
    );
  });
}

let snapshot: Promise<Buffer | null> | null = null;

/** The gzipped snapshot, made once per change of its inputs (kept in node_modules/.cache). */
function pythonSnapshotBytes(warn: (message: string) => void): Promise<Buffer | null> {
  snapshot ??= (async () => {
    const hash = createHash('sha256');
    for (const file of inputs()) hash.update(file).update(readFileSync(file));
    const cacheDir = path.resolve('node_modules/.cache/parallel-lab');
    const file = path.join(cacheDir, `python-snapshot-${hash.digest('hex').slice(0, 16)}.bin.gz`);
    if (existsSync(file)) return readFileSync(file);
    try {
      mkdirSync(cacheDir, { recursive: true });
      // Written whole then renamed, as another server may be making the same file.
      const partial = `${file}.${process.pid}`;
      await make(partial);
      renameSync(partial, file);
      return readFileSync(file);
    } catch (error) {
      warn(
        `Python's memory snapshot could not be made; the page will boot Python the slow way: ${String(error)}`,
      );
      return null;
    }
  })();
  return snapshot;
}

export function pythonSnapshot(): Plugin {
  let command: 'build' | 'serve' = 'serve';
  let base = '/';
  return {
    name: 'parallel-lab:python-snapshot',
    configResolved(config) {
      command = config.command;
      base = config.base;
    },
    configureServer(server) {
      // Started at once, so it is ready (or nearly) when a test or a learner first opens Python.
      void pythonSnapshotBytes((message) => server.config.logger.warn(message));
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `${base}${devPath}`) return next();
        void pythonSnapshotBytes((message) => server.config.logger.warn(message)).then((bytes) => {
          if (!bytes) {
            res.statusCode = 404;
            res.end();
            return;
          }
          res.setHeader('Content-Type', 'application/octet-stream');
          res.end(bytes);
        });
      });
    },
    resolveId: (id) => (id === virtualId ? `\0${virtualId}` : undefined),
    async load(id) {
      if (id !== `\0${virtualId}`) return undefined;
      if (command === 'serve') return `export default ${JSON.stringify(`${base}${devPath}`)};`;
      const bytes = await pythonSnapshotBytes((message) => this.warn(message));
      if (!bytes) return 'export default null;';
      const ref = this.emitFile({ type: 'asset', name: 'python-snapshot.gz', source: bytes });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
