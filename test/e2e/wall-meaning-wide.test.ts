// Issue 15 on the wide and 4K walls: the ticker filled with 50 events shows whole lines only
// at 5760x1080 (48:9) and 3840x2160 (4K), and a wide wall without a token gives its feed
// panel to the city's aggregate changes. Leaves test-results/wall-421000-wide-full-ticker.png
// (5760x1080), the README's docs/wall-421000-wide.png.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, newWallPage, type WallPage } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { RESULTS_DIR } from './paths.js';
import { fillTicker, readTicker, screenToken, tickerVerdict, waitForTickerLines } from './wall-meaning.js';

const CITY = '421000';
const LAYOUTS = [
  { name: '5760x1080', viewport: { width: 5760, height: 1080, deviceScaleFactor: 1 } },
  { name: '3840x2160', viewport: { width: 3840, height: 2160, deviceScaleFactor: 1 } },
];

let api: TestServer;
let browser: Browser;
let walls: { name: string; wall: WallPage }[] = [];

beforeAll(async () => {
  [api, browser] = await Promise.all([startTestServer({ DASHBOARD_DIST: inject('dashboardDist') }), launchBrowser()]);
  const token = await screenToken(api);
  walls = await Promise.all(LAYOUTS.map(async (l) => ({ name: l.name, wall: await newWallPage(browser, `${api.url}/?city=${CITY}&token=${encodeURIComponent(token)}`, l.viewport) })));
  await Promise.all(walls.map((w) => w.wall.page.getByTestId('total-slots').filter({ hasText: /\d/ }).waitFor({ timeout: 20_000 })));
  await fillTicker(api, 50);
});
afterAll(async () => {
  for (const { name, wall } of walls) if (wall.errors.length) console.error(`errors in the ${name} wall:\n  ${wall.errors.slice(-10).join('\n  ')}`);
  await browser?.close();
  await api?.close();
});

describe('the ticker filled with 50 events', () => {
  for (const layout of LAYOUTS) {
    it(`shows only whole lines at ${layout.name}, none cut through and none squashed`, async () => {
      const { wall } = walls.find((w) => w.name === layout.name)!;
      await waitForTickerLines(wall.page, 25);
      const verdict = tickerVerdict((await readTicker(wall.page))!);
      expect(verdict.squashed).toEqual([]);
      expect(verdict.cut).toEqual([]);
      expect(verdict.whole.length).toBeGreaterThanOrEqual(5);
      if (layout.name === '5760x1080') {
        await wall.page.waitForTimeout(1_500); // the charts' entry animations, for the picture only
        await mkdir(RESULTS_DIR, { recursive: true });
        await wall.page.screenshot({ path: path.join(RESULTS_DIR, `wall-${CITY}-wide-full-ticker.png`) });
      }
    });
  }
});

describe('a 5760x1080 wall without a token', () => {
  it('fills its feed panel with aggregate changes of the city rather than an instruction to the operator', async () => {
    const wall = await newWallPage(browser, `${api.url}/?city=${CITY}`, LAYOUTS[0]!.viewport);
    try {
      const panel = () => wall.page.getByTestId('panel-ticker').textContent();
      await expect.poll(panel, { timeout: 15_000 }).toMatch(/托位[^\n]*\d[\d,.]*\s*个/);
      expect(await panel()).not.toMatch(/token|令牌/i);
      const lines = await wall.page.locator('[data-testid="panel-ticker"] li').count();
      expect(lines).toBeGreaterThanOrEqual(3);
    } finally {
      await wall.context.close();
    }
  });
});
