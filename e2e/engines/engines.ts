// One browser per engine, as Debian ships it, behind one interface: a page at a URL, and
// functions run in it. Chromium through Playwright; Firefox through Marionette; WebKitGTK
// through WebKitWebDriver and its MiniBrowser under Xvfb.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright';
import { launchOptions } from '../../scripts/chromium.mjs';
import { firefoxPath, miniBrowserPath, webkitDriverPath } from '../../scripts/engines.mjs';
import { HttpTransport, MarionetteTransport, WebDriverSession } from './webdriver';

export type EngineName = 'chromium' | 'firefox' | 'webkit';

export interface EngineOptions {
  /** First of the ports this engine may use (WebKitWebDriver or Marionette listens there). */
  port: number;
  /** WebKit only: JavaScriptCore's SharedArrayBuffer (off in WebKitGTK unless asked for). */
  sharedArrayBuffer?: boolean;
}

export interface Engine {
  readonly name: EngineName;
  /** e.g. "firefox 153.8.0", "WebKitGTK 2.50.6", "chromium 156.0…" */
  readonly version: string;
  goto(url: string): Promise<void>;
  /** Runs a self-contained function in the page (as Playwright's page.evaluate does). */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  close(): Promise<void>;
}

function started(child: ChildProcess, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (error) => reject(new Error(`${what} did not start: ${error.message}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function webDriverEngine(
  name: EngineName,
  session: WebDriverSession,
  capabilities: Record<string, unknown>,
  children: ChildProcess[],
  cleanup: () => void,
): Promise<Engine> {
  const accepted = await session.start(capabilities);
  return {
    name,
    version: `${String(accepted.browserName)} ${String(accepted.browserVersion)}`,
    goto: (url) => session.navigate(url),
    evaluate: async (fn, ...args) => (await session.evaluate(fn.toString(), args)) as never,
    async close() {
      await session.end();
      for (const child of children.reverse()) await stop(child);
      cleanup();
    },
  };
}

/**
 * Firefox through Marionette alone. Not WebDriver BiDi: a BiDi session registers a worker-debugger
 * listener in every content process, and with it Firefox 153 sometimes blocks for good in
 * `new Worker()` called from a worker (measured: 7 of 200 runs of a worker that starts 4 workers,
 * 0 of 500 without a session). Learners never have such a session; tests must not either.
 */
async function launchFirefox(o: EngineOptions): Promise<Engine> {
  const profile = mkdtempSync(path.join(tmpdir(), 'parallel-lab-firefox-'));
  writeFileSync(path.join(profile, 'user.js'), `user_pref("marionette.port", ${o.port});\n`);
  const firefox = spawn(firefoxPath, ['--marionette', '--headless', '--no-remote', '--profile', profile], {
    stdio: 'ignore',
  });
  await started(firefox, firefoxPath);
  const transport = await MarionetteTransport.connect(o.port, 60_000);
  return webDriverEngine('firefox', new WebDriverSession(transport), {}, [firefox], () =>
    rmSync(profile, { recursive: true, force: true }),
  );
}

/** An X display for MiniBrowser: Xvfb picks a free number and writes it to the pipe we give it. */
async function startXvfb(): Promise<{ xvfb: ChildProcess; display: string }> {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  await started(xvfb, 'Xvfb');
  const display = await new Promise<string>((resolve, reject) => {
    const pipe = xvfb.stdio[3] as NodeJS.ReadableStream;
    pipe.once('data', (data: Buffer) => resolve(`:${data.toString().trim()}`));
    xvfb.once('exit', () => reject(new Error('Xvfb exited before it had a display')));
  });
  return { xvfb, display };
}

async function launchWebKit(o: EngineOptions): Promise<Engine> {
  const miniBrowser = miniBrowserPath();
  if (!miniBrowser) throw new Error('No WebKitGTK MiniBrowser: apt-get install webkit2gtk-driver');
  const { xvfb, display } = await startXvfb();
  const driver = spawn(webkitDriverPath, [`--port=${o.port}`], {
    stdio: 'ignore',
    env: {
      ...process.env,
      DISPLAY: display,
      // JavaScriptCore leaves SharedArrayBuffer out unless asked, even on an isolated page.
      ...(o.sharedArrayBuffer === false ? {} : { JSC_useSharedArrayBuffer: '1' }),
    },
  });
  await started(driver, webkitDriverPath);
  const base = `http://127.0.0.1:${o.port}`;
  for (let tries = 0; ; tries++) {
    const ready = await fetch(`${base}/status`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (tries > 200) throw new Error(`WebKitWebDriver did not listen on port ${o.port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return webDriverEngine(
    'webkit',
    new WebDriverSession(new HttpTransport(base)),
    { 'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] } },
    [xvfb, driver],
    () => {},
  );
}

async function launchChromium(): Promise<Engine> {
  const browser = await chromium.launch(launchOptions);
  const page = await browser.newPage();
  return {
    name: 'chromium',
    version: `chromium ${browser.version()}`,
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: (fn, ...args) =>
      page.evaluate(([source, a]) => (0, eval)(`(${source})`)(...a), [fn.toString(), args] as const),
    close: () => browser.close(),
  };
}

export function launchEngine(name: EngineName, o: EngineOptions): Promise<Engine> {
  switch (name) {
    case 'chromium':
      return launchChromium();
    case 'firefox':
      return launchFirefox(o);
    case 'webkit':
      return launchWebKit(o);
  }
}
