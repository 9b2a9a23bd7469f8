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

  it('runs the wall, the sign-in page, the analyst pages and GraphiQL under the server’s Content-Security-Policy without one violation', async () => {
    const pages: [string, string][] = [
      ['/?city=421000', '[data-testid="total-slots"]'],
      ['/admin', 'input'],
      ['/explore', 'input'],
      ['/graphiql', '.graphiql-container'],
    ];
    for (const [address, drawn] of pages) {
      const { page, context, errors } = await newWallPage(browser, `${api.url}${address}`);
      try {
        // Every violation the page reports, from its first script on (hence the reload).
        await page.addInitScript(() => {
          const g = globalThis as unknown as { __violations: string[]; addEventListener(type: string, listener: (event: { violatedDirective: string; blockedURI: string }) => void): void };
          g.__violations = [];
          g.addEventListener('securitypolicyviolation', (event) => g.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
        });
        await page.reload({ waitUntil: 'load' });
        await page.waitForSelector(drawn, { timeout: 20_000 });
        // The charts and editors finish drawing (and loading their workers) after the first paint.
        await page.waitForTimeout(1_500);
        const reported = await page.evaluate(() => (globalThis as unknown as { __violations: string[] }).__violations);
        const logged = errors.filter((e) => /Content Security Policy/i.test(e));
        expect([...reported, ...logged], address).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });
});
