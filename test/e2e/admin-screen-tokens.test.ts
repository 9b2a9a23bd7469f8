// A city admin's screen tokens in headless Chromium against the real server: issued on the
// staff pages, opened as a wall in a fresh browser (city total and ticker), then revoked.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newWallPage, type WallPage } from '../support/browser.js';
import { citySlots, openInstitution } from '../support/figures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { signedInPage, waitForWallTotal } from './admin-pages.js';

const CITY = '421000'; // 荆州市
const SHASHI = '421002'; // 沙市区

let api: TestServer;
let browser: Browser;
const opened: WallPage[] = [];

beforeAll(async () => {
  [api, browser] = await Promise.all([startTestServer({ DASHBOARD_DIST: inject('dashboardDist') }), launchBrowser()]);
});
afterAll(async () => {
  for (const page of opened) if (page.errors.length) console.log(`errors in ${page.page.url()}:\n  ${page.errors.slice(-20).join('\n  ')}`);
  await browser?.close();
  await api?.close();
});

describe('screen tokens on the staff pages', () => {
  it('lets admin.jz issue a token whose address opens the wall with the city total and the ticker in a fresh browser, and revoke it', async () => {
    const admin = await signedInPage(browser, api.url, 'admin.jz');
    opened.push(admin);
    const { page } = admin;
    await page.getByRole('link', { name: '大屏令牌' }).click();
    await page.waitForURL('**/admin/screens');
    const name = '指挥中心1号屏';
    await page.getByLabel('大屏名称').fill(name);
    await page.getByRole('button', { name: '签发' }).click();

    const address = page.getByTestId('wall-url');
    await address.waitFor();
    const url = new URL(await address.inputValue());
    expect(url.origin).toBe(api.url);
    expect(url.pathname).toBe('/');
    expect(url.searchParams.get('city')).toBe(CITY);
    const token = url.searchParams.get('token') ?? '';
    expect(token).toMatch(/^cbd_/);
    expect(await page.getByTestId('wall-qr').getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    // The token works: the API knows it as this city's screen.
    const me = await api.gql<{ me: { kind: string; name: string } }>('{ me { kind name } }', {}, token);
    expect(me.data?.me).toEqual({ kind: 'DISPLAY', name });

    const screen = await newWallPage(browser, url.toString());
    opened.push(screen);
    try {
      await waitForWallTotal(screen.page, await citySlots(api, CITY), 15_000);
      // A change now reaches the ticker, which only a screen with a token shows.
      const target = await openInstitution(api, SHASHI);
      const change = await api.gql(
        'mutation($id: ID!, $v: Int!, $slots: Int!) { updateInstitution(id: $id, expectedVersion: $v, patch: { slots: $slots }) { id } }',
        { id: String(target.id), v: target.version, slots: target.slots + 2 },
        await api.login('staff.shashi'),
      );
      expect(change.errors).toBeUndefined();
      const ticker = screen.page.locator('[data-testid="panel-ticker"] ul.ticker li');
      await expect.poll(() => ticker.count(), { timeout: 10_000, message: 'the ticker should list the change' }).toBeGreaterThan(0);
      expect(await screen.page.locator('[data-testid="panel-ticker"] .ticker-note').count()).toBe(0);
      await waitForWallTotal(screen.page, await citySlots(api, CITY));
    } finally {
      await screen.context.close();
    }

    const row = page.locator(`tr[data-token-name="${name}"]`);
    await row.getByRole('button', { name: `吊销 ${name}` }).click();
    await row.getByRole('button', { name: '吊销', exact: true }).click();
    // Revoked: the row says when, and offers no revoke button any more.
    await expect.poll(() => row.getByRole('button').count(), { message: 'the revoked token should offer no button' }).toBe(0);
    expect(await row.locator('td').nth(2).textContent()).toMatch(/\d{2}:\d{2} 吊销$/);
    const [stored] = await api.sql<{ revoked: boolean }>('select revoked_at is not null as revoked from display_token where name = $1', [name]);
    expect(stored).toEqual({ revoked: true });
    const refused = await api.gql('{ me { kind } }', {}, token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await admin.context.close();
  });
});
