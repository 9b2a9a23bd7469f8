// The e2e machinery on its own, without the wall: the built dashboard served by the real
// server and opened in headless Chromium.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newWallPage, type WallGlobals } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let api: TestServer;
let browser: Browser;
beforeAll(async () => {
  [api, browser] = await Promise.all([startTestServer({ DASHBOARD_DIST: inject('dashboardDist') }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

describe('the e2e machinery', () => {
  it('opens the offline GraphiQL page in headless Chromium and reads its title', async () => {
    const { page, context } = await newWallPage(browser, `${api.url}/graphiql`);
    try {
      expect(await page.title()).toContain('GraphiQL');
    } finally {
      await context.close();
    }
  });

  it('is served the built dashboard at /, not the "not built" notice', async () => {
    const { page, context } = await newWallPage(browser, `${api.url}/?city=421000`);
    try {
      expect(await page.title()).toContain('一老一小民生看板');
      expect(await page.evaluate(() => (globalThis as unknown as WallGlobals).document.querySelectorAll('script[type="module"]').length)).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
