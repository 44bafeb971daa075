// Stops `npm test` at once, with the fix, when no Chromium can be found.
import { chromium } from 'playwright';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium.mjs';

const ownDownload = (() => {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
})();

if (!chromiumPath() && !(ownDownload && existsSync(ownDownload))) {
  console.error(`No Chromium found for the tests.
  Install one of:
    sudo apt-get install -y chromium          (Debian/Ubuntu: /usr/bin/chromium)
    npx playwright install chromium           (Playwright's own build)
  or point CHROMIUM_PATH at a Chromium or Chrome executable.`);
  process.exit(1);
}
