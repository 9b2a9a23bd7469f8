// The wall rotating from 荆州市 to 连云港市 (?rotate=421000,320700&every=10) in headless
// Chromium at 1920x1080, read frame by frame: a requestAnimationFrame loop in the page
// records, every frame, the city the title names and what the map and the ranking draw.
// No frame may show the new city's title over the old city's map or bars.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

interface Frame {
  title: string;
  map: string | null;
  bars: string[];
}

let api: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [api, browser] = await Promise.all([startTestServer({ DASHBOARD_DIST: inject('dashboardDist') }), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  page = await context.newPage();
  await page.clock.install();
  await page.goto(`${api.url}/?rotate=421000,320700&every=10`, { waitUntil: 'load' });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await api?.close();
});

describe('the rotation’s first switch to a city not shown before', () => {
  it('never shows, in any frame, the new city’s title over the old city’s map or ranking', async () => {
    const districts = async (code: string) =>
      (await api.gql<{ city: { districts: { name: string }[] } }>(`{ city(code: "${code}") { districts { name } } }`)).data!.city.districts.map((d) => d.name);
    const [jingzhou, lianyungang] = await Promise.all([districts('421000'), districts('320700')]);
    await expect.poll(() => page.getByTestId('wall-title').textContent(), { timeout: 15_000 }).toContain('荆州市');
    // The old city's map drawn, then the frame recorder started.
    await expect
      .poll(() => page.evaluate(() => [...((globalThis as unknown as { __careboard?: { charts: Set<{ getOption(): { series?: { type?: string; map?: string }[] } }> } }).__careboard?.charts ?? [])].some((c) => c.getOption().series?.[0]?.map === '421000')), { timeout: 15_000 })
      .toBe(true);
    await page.evaluate(() => {
      type Chart = { getOption(): { series?: { type?: string; map?: string }[]; yAxis?: { data?: (string | { value: string })[] }[] } };
      const g = globalThis as unknown as {
        document: { querySelector(s: string): { textContent: string | null } | null };
        requestAnimationFrame(f: () => void): number;
        __careboard?: { charts: Set<Chart> };
        __frames: Frame[];
      };
      g.__frames = [];
      const record = () => {
        const charts = [...(g.__careboard?.charts ?? [])];
        const map = charts.find((c) => c.getOption().series?.[0]?.type === 'map');
        const ranking = charts.find((c) => {
          const s = c.getOption().series ?? [];
          return s[0]?.type === 'bar' && !s.some((x) => x.type === 'scatter');
        });
        g.__frames.push({
          title: g.document.querySelector('[data-testid="wall-title"]')?.textContent ?? '',
          map: map?.getOption().series?.[0]?.map ?? null,
          bars: (ranking?.getOption().yAxis?.[0]?.data ?? []).map((d) => (typeof d === 'string' ? d : d.value)),
        });
        if (g.__frames.length < 100_000) g.requestAnimationFrame(record);
      };
      g.requestAnimationFrame(record);
    });
    await page.clock.fastForward(10_000);
    await expect.poll(() => page.getByTestId('wall-title').textContent(), { timeout: 10_000 }).toContain('连云港市');
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as { __frames: Frame[] }).__frames.at(-1)?.map), { timeout: 10_000, message: 'the new city’s map should be drawn' })
      .toBe('320700');
    const frames = await page.evaluate(() => (globalThis as unknown as { __frames: Frame[] }).__frames);
    const mixed = frames.filter((f) => f.title.includes('连云港市') && (f.map === '421000' || f.bars.some((name) => jingzhou.includes(name) && !lianyungang.includes(name))));
    expect(frames.filter((f) => f.title.includes('连云港市')).length).toBeGreaterThan(0);
    expect(mixed.slice(0, 3)).toEqual([]);
  });
});
