// The staff pages outliving their access tokens: a server issuing 10-second tokens, and a
// staff member who leaves an institution open for several lifetimes. The page must refresh
// its token for HTTP (saving still works) and hand the new one to its open socket (changes by
// others still arrive), without sending anyone back to the sign-in page.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, type WallPage } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { signedInPage } from './admin-pages.js';

const SHASHI = '421002'; // 沙市区, staff.shashi's district
const TOKEN_SECONDS = 10;

let api: TestServer;
let browser: Browser;
let staff: WallPage | undefined;

beforeAll(async () => {
  [api, browser] = await Promise.all([
    startTestServer({ DASHBOARD_DIST: inject('dashboardDist'), ACCESS_TOKEN_TTL_SECONDS: String(TOKEN_SECONDS) }),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  if (staff?.errors.length) console.error(`errors in the staff page:\n  ${staff.errors.slice(-20).join('\n  ')}`);
  await browser?.close();
  await api?.close();
});

describe('a staff page left open past its access token’s lifetime', () => {
  it('refreshes the token for saving and for its live socket, so after three lifetimes it still saves and still hears of others’ changes', async () => {
    const [target] = await api.sql<{ id: number; slots: number; version: number }>(
      `select i.id, i.slots, i.version from institution i join district d on d.id = i.district_id
        where d.code = $1 and i.closed_on is null and i.opened_on <= current_date order by i.id limit 1`,
      [SHASHI],
    );
    const path = `/admin/institutions/${target!.id}`;
    staff = await signedInPage(browser, api.url, 'staff.shashi', path);
    const { page } = staff;
    const refreshes: number[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && /mutation Refresh\b/.test(request.postData() ?? '') && request.url().endsWith('/graphql')) refreshes.push(Date.now());
    });
    // Watched from a reload on (the session survives it), so the page's socket is seen opening.
    const sockets: { closed: boolean; tokenPings: number; openedAt: number }[] = [];
    page.on('websocket', (socket) => {
      const seen = { closed: false, tokenPings: 0, openedAt: Date.now() };
      sockets.push(seen);
      socket.on('close', () => (seen.closed = true));
      socket.on('framesent', ({ payload }) => {
        if (typeof payload === 'string' && payload.includes('"type":"ping"') && payload.includes('"token"')) seen.tokenPings += 1;
      });
    });
    // The page before the reload may still be opening its own socket; once the reload
    // commits, that document and its socket are gone (Playwright reports no close for it).
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) sockets.length = 0;
    });
    await page.reload({ waitUntil: 'load' });
    const slots = page.getByLabel('托位数（个）');
    await expect.poll(() => slots.inputValue()).toBe(String(target!.slots));

    // Three lifetimes with the form open: the first token is long dead by the end.
    await page.waitForTimeout(TOKEN_SECONDS * 3 * 1000);
    expect(refreshes.length, 'the page should have refreshed its token at least twice').toBeGreaterThanOrEqual(2);
    expect(new URL(page.url()).pathname).toBe(path);
    // One socket all along: each new token went to it in a ping, so the server never closed it.
    expect(sockets.map((socket) => socket.closed), `sockets: ${JSON.stringify(sockets)}`).toEqual([false]);
    expect(sockets[0]!.tokenPings).toBeGreaterThanOrEqual(2);

    await slots.fill(String(target!.slots + 4));
    await page.locator('#reason').fill('长时间打开后保存');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByRole('status').filter({ hasText: `已保存（版本 ${target!.version + 1}）` }).waitFor();
    const [saved] = await api.sql<{ slots: number; version: number }>('select slots, version from institution where id = $1', [target!.id]);
    expect(saved).toEqual({ slots: target!.slots + 4, version: target!.version + 1 });

    // Someone else changes it (plain SQL: the triggers still announce it on the live feed).
    await api.sql('update institution set slots = slots + 1, version = version + 1 where id = $1', [target!.id]);
    await page.getByTestId('changed-elsewhere').waitFor({ timeout: 10_000 });
    expect(new URL(page.url()).pathname).toBe(path);
    expect(sockets.map((socket) => socket.closed)).toEqual([false]);
  });
});
