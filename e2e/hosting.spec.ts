import { test, expect } from './fixtures';
import { basePathPort, plainPort } from '../playwright.config';

test('under vite preview the page is cross-origin isolated from the first load', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.headers()['cross-origin-opener-policy']).toBe('same-origin');
  expect(response?.headers()['cross-origin-embedder-policy']).toBe('require-corp');
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await expect(page.getByTestId('isolation-status')).toHaveClass(/badge-ok/);
});

test('vite preview sends the isolation headers on a 304 too (WebKit will not start a worker without them)', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const worker = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .find((name) => /\/assets\/.*\.js$/.test(name)),
  );
  const first = await request.get(String(worker));
  const etag = first.headers()['etag'];
  expect(etag).toBeTruthy();
  const again = await request.get(String(worker), { headers: { 'If-None-Match': String(etag) } });
  expect(again.status()).toBe(304);
  expect(again.headers()['cross-origin-embedder-policy']).toBe('require-corp');
  expect(again.headers()['cross-origin-opener-policy']).toBe('same-origin');
});

test('a static server without headers is isolated after the service worker reloads once', async ({
  page,
}) => {
  const plain = `http://127.0.0.1:${plainPort}/`;
  const response = await page.goto(plain);
  expect(response?.headers()['cross-origin-embedder-policy']).toBeUndefined();
  // coi-serviceworker registers, then reloads the page once it controls it.
  // (A generous wait: on a loaded machine, installing the worker alone has taken over 15 s.)
  await page.waitForFunction(() => crossOriginIsolated === true, undefined, { timeout: 40_000 });
  await expect(page.getByTestId('isolation-status')).toHaveClass(/badge-ok/);
  const sum = await page.evaluate(async () => {
    const shared = new SharedArrayBuffer(4);
    const source = `onmessage = (e) => { Atomics.add(new Int32Array(e.data), 0, 41); postMessage('done'); };`;
    const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
    await new Promise((resolve) => {
      worker.onmessage = resolve;
      worker.postMessage(shared);
    });
    worker.terminate();
    return Atomics.add(new Int32Array(shared), 0, 1) + 1;
  });
  expect(sum).toBe(42);
});

test('without isolation the badge says why and how to fix the hosting', async ({ page, context }) => {
  // Block the fallback: the plain server then never becomes isolated.
  await context.route('**/coi-serviceworker.js', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto(`http://127.0.0.1:${plainPort}/`);
  const badge = page.getByTestId('isolation-status');
  await expect(badge).toHaveClass(/badge-warn/);
  await expect(badge).toContainText('Cross-Origin-Embedder-Policy: require-corp');
  expect(await page.evaluate(() => window.parallelLab.isolated())).toBe(false);
});

test('the app loads with no console error and no request leaving the origin', async ({ page, watch }) => {
  await page.goto('/');
  await expect(page.getByTestId('lesson-list').getByRole('link').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('a build under a base path serves deep links and becomes isolated', async ({ page, watch }) => {
  // dist-base/ is built with BASE_PATH=/my-repo/ and served under that prefix with no headers.
  await page.goto(`http://127.0.0.1:${basePathPort}/my-repo/#/01-first-worker`);
  await page.waitForFunction(() => crossOriginIsolated === true, undefined, { timeout: 15_000 });
  await expect(page.getByTestId('lesson-title')).toHaveText('Your first worker');
  await page.waitForLoadState('networkidle');
  expect(watch.consoleErrors).toEqual([]);
});
