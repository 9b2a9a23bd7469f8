// The wall rotating through 荆州市's districts (?rotate=421000&districts=1&every=10) in
// headless Chromium at 1920x1080: at every step the header names one district (or none,
// on the city view) and the map has exactly that district selected, read from the ECharts
// instance (window.__careboard.charts): the series model's selection and the areas drawn in
// the 'select' state. The page's clock is Playwright's: it runs in real time, and each step
// jumps it to the next view instead of waiting 10 seconds.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, type WallGlobals } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { RESULTS_DIR } from './paths.js';

const CITY = '421000'; // 荆州市
const EVERY_SECONDS = 10;

/** What the page function below touches of an ECharts instance (the test tsconfig has no DOM lib). */
interface Drawn {
  currentStates?: string[];
  childrenRef?(): Drawn[];
}
interface PageChart {
  getOption(): { series?: { type?: string }[] };
  getModel(): {
    getSeriesByIndex(index: number): {
      getData(): { count(): number; getName(index: number): string; getItemGraphicEl(index: number): Drawn | undefined };
      isSelected(index: number): boolean;
    };
  };
}

interface Step {
  /** The district the header names ("聚焦：沙市区"), or null on the city view. */
  header: string | null;
  /** The areas the map series has selected. */
  selected: string[];
  /** The areas with a shape drawn in the 'select' state. */
  drawn: string[];
}

/** What the wall shows now, or null while the map is not drawn. */
function readStep(page: Page): Promise<Step | null> {
  return page.evaluate(() => {
    const g = globalThis as unknown as WallGlobals & { __careboard?: { charts: Set<PageChart> } };
    const map = [...(g.__careboard?.charts ?? [])].find((c) => c.getOption().series?.[0]?.type === 'map');
    if (!map) return null;
    const series = map.getModel().getSeriesByIndex(0);
    const data = series.getData();
    const inSelectState = (el: Drawn | undefined): boolean => !!el && (!!el.currentStates?.includes('select') || (el.childrenRef?.() ?? []).some(inSelectState));
    const selected: string[] = [];
    const drawn: string[] = [];
    for (let i = 0; i < data.count(); i++) {
      if (series.isSelected(i)) selected.push(data.getName(i));
      if (inSelectState(data.getItemGraphicEl(i))) drawn.push(data.getName(i));
    }
    if (data.count() === 0) return null;
    const focus = g.document.querySelector('[data-testid="wall-title"] .focus')?.textContent ?? null;
    return { header: focus === null ? null : focus.replace(/^\s*聚焦：/, '').trim(), selected, drawn };
  });
}

/** Null when the map selects exactly what the header names (nothing on the city view), else what is wrong. */
function disagreement(step: Step | null): string | null {
  if (!step) return 'the map is not drawn';
  const expected = JSON.stringify(step.header === null ? [] : [step.header]);
  if (JSON.stringify(step.selected) !== expected) return `the header names ${step.header ?? 'no district'}, the map series has ${JSON.stringify(step.selected)} selected`;
  if (JSON.stringify(step.drawn) !== expected) return `the header names ${step.header ?? 'no district'}, the map draws ${JSON.stringify(step.drawn)} as selected`;
  return null;
}

let api: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  [api, browser] = await Promise.all([startTestServer({ DASHBOARD_DIST: inject('dashboardDist') }), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  // Before the page's scripts run: the wall's rotation reads Date.now() and ticks by setTimeout.
  await page.clock.install();
  await page.goto(`${api.url}/?rotate=${CITY}&districts=1&every=${EVERY_SECONDS}`, { waitUntil: 'load' });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await api?.close();
});

describe('the wall rotating through the districts of 荆州市', () => {
  it('selects on the map exactly the district the header names, at every step of a whole cycle and on to the next', async () => {
    const res = await api.gql<{ city: { districts: { name: string }[] } }>(`{ city(code: "${CITY}") { districts { name } } }`);
    const districts = res.data!.city.districts.map((d) => d.name);
    expect(districts).toHaveLength(8);

    // The city view first, once the map is drawn.
    let step: Step | null = null;
    await expect.poll(async () => (step = await readStep(page)), { timeout: 20_000, message: 'the map should be drawn' }).not.toBeNull();
    expect(step).toEqual({ header: null, selected: [], drawn: [] });

    // To the start of the first district's view, a second at a time: from there every step
    // jumps the page's clock to the same moment of the next view, whatever time the checks took.
    for (let jumps = 0; (await readStep(page))?.header == null; jumps++) {
      if (jumps > EVERY_SECONDS + 1) throw new Error(`the header named no district after ${jumps} s of the city view`);
      await page.clock.fastForward(1000);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const start = await page.evaluate(() => Date.now());
    const seen: Step[] = [];
    try {
      // Each district in turn, the city view again, and the first district again.
      for (let k = 0; k <= districts.length + 1; k++) {
        if (k > 0) {
          const now = await page.evaluate(() => Date.now());
          await page.clock.fastForward(start + k * EVERY_SECONDS * 1000 - now);
        }
        const previous = k > 0 ? seen[k - 1]!.header : undefined;
        const cityView = k === districts.length;
        // Once the header has moved on (the React render after the clock's tick), the map must agree with it.
        const moved = (s: Step | null): s is Step => !!s && (cityView ? s.header === null : s.header !== null && s.header !== previous);
        await expect.poll(async () => moved((step = await readStep(page))), { timeout: 5_000, interval: 50, message: `step ${k}: the header should move on from ${previous}` }).toBe(true);
        // The chart draws on its next frame: give it a moment before reading what it selected.
        await expect
          .poll(async () => disagreement((step = await readStep(page))), { timeout: 3_000, interval: 50, message: `step ${k}: the map should select what the header names` })
          .toBeNull();
        seen.push(step!);
        if (k < 3) {
          // After the select state's fade-in, so the picture shows the district's final colours.
          await page.waitForTimeout(1_000);
          await mkdir(RESULTS_DIR, { recursive: true });
          await page.screenshot({ path: path.join(RESULTS_DIR, `wall-rotation-${CITY}-step-${k + 1}.png`) });
        }
      }
    } finally {
      if (errors.length) console.error(`errors in the wall page:\n  ${errors.slice(-20).join('\n  ')}`);
    }

    const headers = seen.map((s) => s.header);
    // Every district once, in the header's own order, then the city view, then the first district again.
    expect(new Set(headers.slice(0, districts.length))).toEqual(new Set(districts));
    expect(headers.slice(districts.length)).toEqual([null, headers[0]]);
    expect(seen.map(disagreement).filter((d) => d !== null)).toEqual([]);
  });
});
