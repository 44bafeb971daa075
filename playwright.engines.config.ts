import { defineConfig } from '@playwright/test';
import type { EngineTestOptions } from './e2e/engines/fixtures';

// The engine tests (e2e/engines/): the same tests in Firefox and WebKitGTK as Debian ships them
// (and in Chromium, to compare), one browser per engine, one after the other. ENGINES_PORT moves
// every port they use: the preview server, then one driver port per engine.
const firstPort = Number(process.env.ENGINES_PORT ?? 4320);

export default defineConfig<EngineTestOptions>({
  testDir: 'e2e/engines',
  testMatch: '*.engine.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // A lesson is two runs of up to 60 s each (their time limit) plus the page's own work.
  timeout: 300_000,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report-engines' }]],
  use: { baseURL: `http://127.0.0.1:${firstPort}/` },
  projects: [
    { name: 'firefox', use: { engineName: 'firefox', driverPort: firstPort + 1 } },
    { name: 'webkit', use: { engineName: 'webkit', driverPort: firstPort + 2 } },
    // WebKitGTK as a learner on GNOME Web has it: SharedArrayBuffer off. Only the badge's test.
    {
      name: 'webkit-default',
      testMatch: 'isolation.engine.ts',
      use: { engineName: 'webkit', driverPort: firstPort + 2, sharedArrayBuffer: false },
    },
    { name: 'chromium', use: { engineName: 'chromium' } },
  ],
  webServer: {
    command: `npx vite preview --port ${firstPort} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${firstPort}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
