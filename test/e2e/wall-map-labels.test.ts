// The district map's labels as Chromium really draws them at 1920x1080: read from the
// ECharts instance (window.__careboard.charts) as the boxes of the text elements the map
// series hosts, so the check uses the browser's own font metrics. Leaves a picture of the
// map panel of each city in test-results/.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, newWallPage } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { RESULTS_DIR } from './paths.js';
import { mapLabels, named, overlapping, type LabelBox } from './map-labels.js';

const MAP = '[data-testid="panel-map"]';

let api: TestServer;
let browser: Browser;

beforeAll(async () => {
  [api, browser] = await Promise.all([startTestServer({ DASHBOARD_DIST: inject('dashboardDist') }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

describe.each([
  { city: '421000', lang: 'zh-CN', metric: 'slots', districts: 8, first: ['荆州区', '沙市区'] },
  { city: '421000', lang: 'en', metric: 'per1000', districts: 8, first: ['Jingzhou District', 'Shashi District'] },
  { city: '320700', lang: 'zh-CN', metric: 'slots', districts: 6, first: ['海州区', '连云区'] },
  { city: '320700', lang: 'en', metric: 'slots', districts: 6, first: ['Haizhou District', 'Lianyun District'] },
])('the district map of $city in $lang by $metric at 1920x1080', ({ city, lang, metric, districts, first }) => {
  it('draws a label for every district, and no two label boxes overlap', async () => {
    const wall = await newWallPage(browser, `${api.url}/?city=${city}&lang=${lang}&metric=${metric}`, { width: 1920, height: 1080, deviceScaleFactor: 1 });
    try {
      const seen: { labels: LabelBox[] } = { labels: [] };
      await expect
        .poll(async () => (seen.labels = (await mapLabels(wall.page)) ?? []).length, { timeout: 15_000, interval: 200, message: `the map of ${city} should draw ${districts} labels` })
        .toBe(districts);
      const drawn = seen.labels;
      expect(drawn.map((l) => l.text.split('\n')[0])).toEqual(expect.arrayContaining(first));
      expect(overlapping(named(drawn))).toEqual([]);
    } finally {
      await mkdir(RESULTS_DIR, { recursive: true });
      const file = path.join(RESULTS_DIR, `map-${city}-${lang}-${metric}.png`);
      await wall.page.locator(MAP).screenshot({ path: file }).catch(() => undefined);
      console.log(`map screenshot: ${file}`);
      await wall.context.close();
    }
  });
});
