// The district map's labels as Chromium really draws them at 1920x1080: read from the
// ECharts instance (window.__careboard.charts) as the boxes of the text elements the map
// series hosts, so the check uses the browser's own font metrics. Leaves a picture of the
// map panel of each city in test-results/.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, newWallPage, type WallPage } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { RESULTS_DIR } from './paths.js';

const MAP = '[data-testid="panel-map"]';

interface LabelBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the page function below touches of an ECharts instance (the test tsconfig has no DOM lib). */
interface PageChart {
  getOption(): { series?: { type?: string }[] };
  getZr(): { storage: { getDisplayList(update: boolean): PageElement[] } };
}
interface PageElement {
  ignore?: boolean;
  invisible?: boolean;
  style: { text?: unknown };
  getTextContent?(): PageElement | undefined;
  getBoundingRect(): { clone(): { applyTransform(m: unknown): void; x: number; y: number; width: number; height: number } };
  getComputedTransform(): unknown;
}

/**
 * The on-canvas boxes of the map series' labels, once the map is drawn and its labels have
 * stopped moving (two reads 300 ms apart agree); null while the map is not drawn yet.
 */
async function mapLabels(wall: WallPage): Promise<LabelBox[] | null> {
  const read = () =>
    wall.page.evaluate(() => {
      const charts = (globalThis as unknown as { __careboard?: { charts: Set<PageChart> } }).__careboard?.charts;
      const map = [...(charts ?? [])].find((c) => c.getOption().series?.[0]?.type === 'map');
      if (!map) return null;
      // Labels are not in the display list themselves (their text spans are): reach them through the areas hosting them.
      return map
        .getZr()
        .storage.getDisplayList(true)
        .map((host) => host.getTextContent?.())
        .filter((el): el is PageElement => !!el && !el.ignore && !el.invisible && typeof el.style.text === 'string' && el.style.text !== '')
        .map((el) => {
          const box = el.getBoundingRect().clone();
          box.applyTransform(el.getComputedTransform());
          return { text: String(el.style.text), x: box.x, y: box.y, width: box.width, height: box.height };
        });
    });
  const first = await read();
  if (!first || first.length === 0) return null;
  await new Promise((resolve) => setTimeout(resolve, 300));
  const second = await read();
  return JSON.stringify(first) === JSON.stringify(second) ? second : null;
}

function overlap(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** "沙市区 / 荆州区" for every two labels whose boxes overlap. */
function overlapping(labels: LabelBox[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      if (overlap(labels[i]!, labels[j]!)) pairs.push(`${labels[i]!.text.split('\n')[0]} / ${labels[j]!.text.split('\n')[0]}`);
    }
  }
  return pairs;
}

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
        .poll(async () => (seen.labels = (await mapLabels(wall)) ?? []).length, { timeout: 15_000, interval: 200, message: `the map of ${city} should draw ${districts} labels` })
        .toBe(districts);
      const drawn = seen.labels;
      expect(drawn.map((l) => l.text.split('\n')[0])).toEqual(expect.arrayContaining(first));
      expect(overlapping(drawn)).toEqual([]);
    } finally {
      await mkdir(RESULTS_DIR, { recursive: true });
      const file = path.join(RESULTS_DIR, `map-${city}-${lang}-${metric}.png`);
      await wall.page.locator(MAP).screenshot({ path: file }).catch(() => undefined);
      console.log(`map screenshot: ${file}`);
      await wall.context.close();
    }
  });
});
