import { test as base, expect, type Page } from '@playwright/test';

/** Every console error and every request that leaves the page's origin, collected per test. */
export interface PageWatch {
  consoleErrors: string[];
  foreignRequests: string[];
}

export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(String(error)));
  page.on('request', (request) => {
    const url = new URL(request.url());
    const origin = new URL(page.url() === 'about:blank' ? request.url() : page.url()).origin;
    if (!['blob:', 'data:'].includes(url.protocol) && url.origin !== origin)
      watch.foreignRequests.push(request.url());
  });
  return watch;
}

export const test = base.extend<{ watch: PageWatch }>({
  watch: async ({ page }, use) => {
    await use(watchPage(page));
  },
});

export { expect };
