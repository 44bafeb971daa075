// Where the engine tests (e2e/engines/) find Firefox and WebKitGTK: Debian's packages, or the
// paths in FIREFOX_PATH, WEBKIT_DRIVER_PATH and WEBKIT_MINIBROWSER_PATH.
import { existsSync, readdirSync } from 'node:fs';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

/** WebKitGTK's MiniBrowser: its folder holds the architecture's name (Debian multiarch). */
export function miniBrowserPath() {
  if (process.env.WEBKIT_MINIBROWSER_PATH) return process.env.WEBKIT_MINIBROWSER_PATH;
  return [
    ...readdirSync('/usr/lib').map((dir) => `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`),
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  ].find((p) => existsSync(p));
}

function onPath(command) {
  return (process.env.PATH ?? '').split(':').some((dir) => existsSync(`${dir}/${command}`));
}

/** What is missing to test in Firefox and WebKit, as Debian package names. */
export function missingPackages() {
  return [
    existsSync(firefoxPath) ? null : 'firefox-esr',
    existsSync(webkitDriverPath) && miniBrowserPath() ? null : 'webkit2gtk-driver',
    onPath('Xvfb') ? null : 'xvfb',
  ].filter(Boolean);
}
