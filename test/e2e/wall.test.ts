// The wall screen in headless Chromium at 1920x1080 against the real server and a fresh
// copy of the demo database: first paint, the map, live updates, a server outage and the
// recovery from it, and the English title. Written to the wall's contract:
//   [data-testid="wall-title"], [data-testid="total-slots"] (e.g. "14,826"),
//   [data-testid="connection-banner"] (visible only while disconnected),
//   [data-testid="panel-map"] holding the ECharts chart whose root has an aria-label
//   naming every district, and window.__careboard = { updates, chartCount() }.
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newWallPage, type WallGlobals, type WallPage } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { RESULTS_DIR } from './paths.js';
import { citySlots, openInstitution } from '../support/figures.js';

const CITY = '421000'; // 荆州市
const SHASHI = '421002'; // 沙市区, where staff.shashi may edit
const TOTAL = '[data-testid="total-slots"]';
const TITLE = '[data-testid="wall-title"]';
const BANNER = '[data-testid="connection-banner"]';
const MAP_LABELS = '[data-testid="panel-map"] [aria-label]';

const thousands = new Intl.NumberFormat('en-US');

let api: TestServer;
let browser: Browser;
let wall: WallPage;

beforeAll(async () => {
  [api, browser] = await Promise.all([startTestServer({ DASHBOARD_DIST: inject('dashboardDist') }), launchBrowser()]);
  wall = await newWallPage(browser, `${api.url}/?city=${CITY}`, { width: 1920, height: 1080, deviceScaleFactor: 1 });
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});
// A failing test shows what the page itself complained about since the last such report.
let reportedErrors = 0;
beforeEach(({ onTestFailed }) => {
  onTestFailed(() => {
    const fresh = wall?.errors.slice(reportedErrors) ?? [];
    reportedErrors += fresh.length;
    if (fresh.length) console.error(`errors in the wall page:\n  ${fresh.slice(-20).join('\n  ')}`);
  });
});

/** The text of the first element matching `selector` now (no waiting), or a note that there is none. */
function textOf(page: Page, selector: string): Promise<string> {
  return page.evaluate((s) => (globalThis as unknown as WallGlobals).document.querySelector(s)?.textContent ?? `(no element ${s} on the page)`, selector);
}

/** The aria-labels of every element matching `selector` now. */
function ariaLabels(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((s) => Array.from((globalThis as unknown as WallGlobals).document.querySelectorAll(s), (e) => e.getAttribute('aria-label') ?? ''), selector);
}



/** Adds `delta` slots to a 沙市区 institution through the API as staff.shashi; returns the city's new total. */
async function changeSlotsThroughApi(delta: number): Promise<number> {
  const target = await openInstitution(api, SHASHI);
  const token = await api.login('staff.shashi');
  const res = await api.gql(
    'mutation($id: ID!, $v: Int!, $slots: Int!) { updateInstitution(id: $id, expectedVersion: $v, patch: { slots: $slots }) { id slots } }',
    { id: String(target.id), v: target.version, slots: target.slots + delta },
    token,
  );
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return citySlots(api, CITY);
}

/** Polls until the wall's total reads `expected` (with thousands separators); returns how long that took. */
async function waitForTotal(expected: number, timeout: number): Promise<number> {
  const started = Date.now();
  const text = thousands.format(expected);
  await expect
    .poll(() => textOf(wall.page, TOTAL), { timeout, interval: 25, message: `the wall's total should read ${text} within ${timeout} ms` })
    .toContain(text);
  return Date.now() - started;
}

describe('the wall of 荆州市 at 1920x1080', () => {
  it('reads 14,826 childcare slots in the total once loaded, and leaves a screenshot', async () => {
    try {
      expect(await citySlots(api, CITY)).toBe(14_826);
      await waitForTotal(14_826, 15_000);
      // Give the map a moment to draw for the screenshot; its own test checks it.
      await wall.page.waitForSelector(MAP_LABELS, { timeout: 5_000 }).catch(() => undefined);
      // And the charts a moment to finish growing in (ECharts' entry animations run about a
      // second): the picture is also the README's reference screenshot, docs/wall-421000.png.
      await wall.page.waitForTimeout(1_500);
    } finally {
      // Also when the wall is wrong: the picture is the quickest way to see how.
      await mkdir(RESULTS_DIR, { recursive: true });
      const file = path.join(RESULTS_DIR, `wall-${CITY}.png`);
      await wall.page.screenshot({ path: file });
      console.log(`wall screenshot: ${file}`);
    }
  });

  it('shows the Chinese title by default', async () => {
    await expect.poll(() => textOf(wall.page, TITLE), { timeout: 10_000 }).toContain('一老一小民生看板');
  });

  it('names every district of 荆州市, 监利市 included, in the map chart\'s aria-label', async () => {
    const res = await api.gql<{ city: { districts: { name: string }[] } }>(`{ city(code: "${CITY}") { districts { name } } }`);
    const names = res.data!.city.districts.map((d) => d.name);
    expect(names).toContain('监利市');
    expect(names.length).toBeGreaterThanOrEqual(8);
    const missing = async (): Promise<string[]> => {
      const labels = await ariaLabels(wall.page, MAP_LABELS);
      // The chart's root carries the label; whichever labelled element names the most districts is it.
      const best = labels.map((label) => names.filter((n) => !label.includes(n))).sort((a, b) => a.length - b.length)[0];
      return best ?? names;
    };
    await expect.poll(missing, { timeout: 10_000, message: `${MAP_LABELS} should name every district of 荆州市` }).toEqual([]);
  });

  it('shows a change made through the API in the total within 2 seconds', async () => {
    await waitForTotal(await citySlots(api, CITY), 10_000);
    const expected = await changeSlotsThroughApi(+17);
    const took = await waitForTotal(expected, 2_000);
    console.log(`API change to screen: ${took} ms`);
  });

  it('shows no connection banner while connected', async () => {
    await waitForTotal(await citySlots(api, CITY), 10_000);
    expect(await wall.page.locator(BANNER).isVisible()).toBe(false);
  });
});

describe('the wall in English', () => {
  it('titles the wall "CareBoard" with ?lang=en', async () => {
    const english = await newWallPage(browser, `${api.url}/?city=${CITY}&lang=en`);
    try {
      await expect.poll(() => textOf(english.page, TITLE), { timeout: 15_000 }).toContain('CareBoard');
      expect(await textOf(english.page, TITLE)).not.toContain('一老一小民生看板');
    } finally {
      await english.context.close();
    }
  });
});

describe('the wall through a server outage', () => {
  let missedWhileDown = 0;

  it('shows the connection banner within 5 seconds of the server stopping', async () => {
    expect(await wall.page.locator(BANNER).isVisible()).toBe(false);
    await api.server.close();
    const stoppedAt = Date.now();
    // The database stays up: a change now can only reach the screen after the reconnection.
    const target = await openInstitution(api, SHASHI);
    await api.sql('update institution set slots = slots + 5 where id = $1', [target.id]);
    missedWhileDown = await citySlots(api, CITY);
    await expect
      .poll(() => wall.page.locator(BANNER).isVisible(), {
        timeout: Math.max(0, 5_000 - (Date.now() - stoppedAt)),
        interval: 50,
        message: `${BANNER} should be visible within 5 s of the server stopping`,
      })
      .toBe(true);
  });

  it('hides the banner once the server is back on the same port, and shows what changed while it was down', async () => {
    // restart() closes the server (already closed: close() is idempotent) and starts it on the same port.
    await api.restart();
    await expect
      .poll(() => wall.page.locator(BANNER).isVisible(), { timeout: 30_000, interval: 100, message: `${BANNER} should disappear after the server is back` })
      .toBe(false);
    expect(missedWhileDown).toBeGreaterThan(0);
    await waitForTotal(missedWhileDown, 10_000);
  });

  it('keeps updating after the restart: a new change through the API reaches the screen within 2 seconds', async () => {
    await waitForTotal(await citySlots(api, CITY), 10_000);
    const expected = await changeSlotsThroughApi(+23);
    await waitForTotal(expected, 2_000);
  });

  it('has received more than one overview and keeps a bounded number of chart instances', async () => {
    const state = await wall.page.evaluate(() => {
      const careboard = (globalThis as unknown as WallGlobals).__careboard;
      return careboard ? { updates: careboard.updates, charts: careboard.chartCount() } : null;
    });
    expect(state, 'window.__careboard should exist').not.toBeNull();
    // First load, two API changes, the resync after the restart and its later change.
    expect(state!.updates).toBeGreaterThanOrEqual(3);
    expect(state!.charts).toBeGreaterThan(0);
    expect(state!.charts).toBeLessThan(20);
  });
});
