// npm run screenshots: regenerates the README's pictures of a lesson page after a run, in the
// light and the dark theme, from a fresh build served by vite preview.
import { execFileSync, spawn } from 'node:child_process';
import { chromium } from 'playwright';
import { launchOptions } from './chromium.mjs';

const port = 4332;
execFileSync('npx', ['vite', 'build'], { stdio: 'inherit' });
const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
    detached: true, // its own process group, so the preview server (a child of npx) ends with it
  },
);
try {
  const browser = await chromium.launch(launchOptions);
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
    for (let tries = 0; ; tries++) {
      try {
        await page.goto(`http://127.0.0.1:${port}/#/03-pool-basics`);
        break;
      } catch (error) {
        if (tries > 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    await page.evaluate(async () => {
      await window.parallelLab.open('03-pool-basics');
      window.parallelLab.setTimeScale(0.3);
      await window.parallelLab.run();
    });
    await page.waitForTimeout(500);
    await page.screenshot({ path: `docs/screenshots/lesson-${colorScheme}.png`, fullPage: false });
    console.log(`docs/screenshots/lesson-${colorScheme}.png`);
    await page.close();
  }
  await browser.close();
} finally {
  process.kill(-server.pid);
}
