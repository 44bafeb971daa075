// Where the tests find Chromium, and how they launch it. Playwright's own browser download
// does not work on every machine (and CI installs Debian's chromium), so the path comes from
// CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own download if present.
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The Chromium executable to launch, or undefined to let Playwright use its own download. */
export function chromiumPath() {
  return candidates.find((p) => p && existsSync(p));
}

// --headless is passed explicitly because Debian's chromium ignores Playwright's headless
// switch name on some versions; the networking flags keep a closed network from slowing starts.
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const launchOptions = { executablePath: chromiumPath(), args: chromiumArgs };
