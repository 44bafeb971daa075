import { defineConfig, mergeConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import viteConfig from './vite.config.ts';
import { launchOptions } from './scripts/chromium.mjs';

// VITEST_PORT lets two test runs share a machine; each port is strict.
const port = Number(process.env.VITEST_PORT ?? 4319);

// Unit tests run in a real Chromium: the runtime is workers and shared memory, which no
// simulated DOM has. The Vite server sends COOP/COEP, so the tests run cross-origin isolated.
export default mergeConfig(
  viteConfig,
  defineConfig({
    server: { port, strictPort: true },
    // Pre-bundling would merge Monaco's modules into one chunk and change when its editor
    // features register (src/ui/editor/monaco.ts says why that matters); the tests load Monaco as
    // the build does.
    optimizeDeps: { exclude: ['monaco-editor'] },
    test: {
      include: ['src/**/*.test.ts', 'lessons/**/*.test.ts'],
      testTimeout: 20_000,
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({ launchOptions }),
        instances: [{ browser: 'chromium' }],
        api: { port, strictPort: true },
        screenshotFailures: false,
      },
    },
  }),
);
