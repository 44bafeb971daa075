// Stops `npm run test:browsers` at once, with the fix, when Firefox or WebKitGTK is missing.
import { missingPackages } from './engines.mjs';

const missing = missingPackages();
if (missing.length) {
  console.error(`The engine tests need Firefox ESR and WebKitGTK's WebKitWebDriver under Xvfb.
  Install them (Debian/Ubuntu):
    sudo apt-get install -y ${missing.join(' ')}
  or point FIREFOX_PATH, WEBKIT_DRIVER_PATH and WEBKIT_MINIBROWSER_PATH at your own.`);
  process.exit(1);
}
