import { defineConfig, type Connect, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { assemblyScript } from './build/assemblyscript.ts';
import { lessonFrontMatter } from './build/lesson-front-matter.ts';
import { lessonProse } from './build/lesson-prose.ts';
import { pythonSnapshot } from './build/python-snapshot.ts';
import { runtimeTypes } from './build/runtime-types.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** COOP + COEP: what makes a page cross-origin isolated, so SharedArrayBuffer exists. */
export const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * Sends the headers above on every response of `vite` and `vite preview`, a bare 304 included.
 * Their `headers` options reach full responses only, and both servers answer a revalidation
 * (Cache-Control: no-cache + ETag) with a 304 that has none. WebKitGTK 2.50 then takes the
 * worker's COEP from that 304 and refuses to start it (an error event with no message): every
 * second run of a lesson failed "The program's worker failed: it could not start".
 */
function isolation(): Plugin {
  const everyResponse = (server: { middlewares: Connect.Server }) => {
    server.middlewares.use((_req, res, next) => {
      for (const [name, value] of Object.entries(isolationHeaders)) res.setHeader(name, value);
      next();
    });
  };
  return {
    name: 'parallel-lab:isolation',
    config: () => ({ server: { headers: isolationHeaders }, preview: { headers: isolationHeaders } }),
    configureServer: everyResponse,
    configurePreviewServer: everyResponse,
  };
}
/**
 * Serves and emits coi-serviceworker from its npm package as `<base>coi-serviceworker.js`, for
 * hosts that cannot send the headers above (GitHub Pages): it adds them in a service worker
 * and reloads once.
 */
function coiServiceWorker(): Plugin {
  const file = createRequire(import.meta.url).resolve('coi-serviceworker/coi-serviceworker.min.js');
  const name = 'coi-serviceworker.js';
  return {
    name: 'parallel-lab:coi-serviceworker',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.split('?')[0]?.endsWith(`/${name}`)) return next();
        res.setHeader('Content-Type', 'text/javascript');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: name, source: readFileSync(file) });
    },
  };
}

export default defineConfig({
  // Any base path works (BASE_PATH=/my-repo/ npm run build); routes live in the URL hash, so
  // deep links need no server rewrite rules.
  base: process.env.BASE_PATH ?? '/',
  plugins: [
    react(),
    isolation(),
    coiServiceWorker(),
    runtimeTypes(),
    lessonFrontMatter(),
    lessonProse(),
    assemblyScript(),
    pythonSnapshot(),
  ],
  server: { fs: { allow: ['.'] } },
  // Workers are bundles of their own: the runtime's image filters need the WebAssembly there.
  worker: { format: 'es', plugins: () => [assemblyScript()] },
  // Found up front, so the first test run does not reload the page when Vite discovers them.
  optimizeDeps: {
    include: [
      'comlink',
      'sucrase',
      'es-module-lexer',
      'chart.js',
      'marked',
      'highlight.js/lib/core',
      'highlight.js/lib/languages/typescript',
      'highlight.js/lib/languages/python',
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'axe-core',
      'pyodide',
    ],
  },
  build: { target: 'es2023', chunkSizeWarningLimit: 4096 },
});
