import { defineConfig } from '@playwright/test';
import { launchOptions } from './scripts/chromium.mjs';

// e2e tests drive the built app as a learner does. Ports are strict so a stray server on a
// common port can never answer for ours; E2E_PORT moves all three, so two runs can share a
// machine.
const firstPort = Number(process.env.E2E_PORT ?? 4316);
export const basePathPort = firstPort;
export const previewPort = firstPort + 1;
export const plainPort = firstPort + 2;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${previewPort}/`,
    launchOptions,
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: `npx vite preview --port ${previewPort} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${previewPort}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node scripts/static-server.mjs dist ${plainPort}`,
      url: `http://127.0.0.1:${plainPort}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node scripts/static-server.mjs dist-base ${basePathPort} /my-repo/`,
      url: `http://127.0.0.1:${basePathPort}/my-repo/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
