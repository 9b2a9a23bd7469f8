// More targets than the 目标进度 panel shows legibly at 1920x1080 (three): a city admin sets
// four more through the API, and the wall shows them a page at a time, "1/3", "2/3", "3/3"
// and round again, every target on exactly one page. Read from the ECharts instance
// (window.__careboard.charts) in headless Chromium; the page's clock is Playwright's, jumped
// from page to page.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, type WallGlobals } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const CITY = '421000'; // 荆州市
const PAGE_MS = 10_000;

interface PageChart {
  getOption(): { series?: { type?: string; name?: string }[]; yAxis?: { data?: string[] }[] };
}

/** The panel's title and the targets its chart shows now. */
function readPanel(page: Page): Promise<{ title: string; shown: string[] }> {
  return page.evaluate(() => {
    const g = globalThis as unknown as WallGlobals & { __careboard?: { charts: Set<PageChart> } };
    const title = g.document.querySelector('[data-testid="panel-targets"] h2')?.textContent ?? '';
    const chart = [...(g.__careboard?.charts ?? [])].find((c) => c.getOption().series?.some((s) => s.type === 'bar' && (s.name === '完成进度' || s.name === 'Progress')));
    return { title, shown: chart?.getOption().yAxis?.[0]?.data ?? [] };
  });
}

let api: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  [api, browser] = await Promise.all([startTestServer({ DASHBOARD_DIST: inject('dashboardDist') }), launchBrowser()]);
});
afterAll(async () => {
  if (errors.length) console.error(`errors in the wall:\n  ${errors.join('\n  ')}`);
  await context?.close();
  await browser?.close();
  await api?.close();
});

describe('the targets panel with more targets than fit', () => {
  it('shows seven targets three at a time, marking the page as 1/3, 2/3, 3/3 and starting over, each target on exactly one page', async () => {
    const admin = await api.login('admin.jz');
    for (let i = 1; i <= 4; i++) {
      const res = await api.gql(
        `mutation($input: TargetInput!) { createTarget(input: $input, reason: "分页测试") { id } }`,
        { input: { scopeCode: CITY, indicatorKey: 'childcare_slots', kind: 'INCREASE', title: `测试目标${i}：新增托位${i}00个`, baseline: 14000, targetValue: i * 100, startsOn: '2026-01-01', deadline: '2026-12-31' } },
        admin,
      );
      expect(res.errors).toBeUndefined();
    }
    const listed = await api.gql<{ cityOverview: { targets: { title: string }[] } }>(`{ cityOverview(code: "${CITY}") { targets { title } } }`);
    const titles = listed.data!.cityOverview.targets.map((t) => t.title);
    expect(titles).toHaveLength(7);

    context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    await page.clock.install();
    await page.goto(`${api.url}/?city=${CITY}`, { waitUntil: 'load' });

    let panel = { title: '', shown: [] as string[] };
    await expect.poll(async () => (panel = await readPanel(page)).shown.length, { timeout: 20_000, message: 'the targets chart should be drawn' }).toBe(3);
    const pages: { title: string; shown: string[] }[] = [panel];
    for (let k = 1; k <= 3; k++) {
      const before = panel.title;
      await page.clock.fastForward(PAGE_MS);
      await expect.poll(async () => (panel = await readPanel(page)).title, { timeout: 5_000, message: `page ${k + 1} should follow ${before}` }).not.toBe(before);
      pages.push(panel);
    }
    expect(pages.map((p) => p.title)).toEqual(['目标进度 1/3', '目标进度 2/3', '目标进度 3/3', '目标进度 1/3']);
    expect(pages.map((p) => p.shown.length)).toEqual([3, 3, 1, 3]);
    expect(pages[3]!.shown).toEqual(pages[0]!.shown);
    expect(pages.slice(0, 3).flatMap((p) => p.shown).sort()).toEqual([...titles].sort());
    expect(errors).toEqual([]);
  });
});
