// The wall on wide splicing and LED walls (32:9, 8:3, 48:9) in headless Chromium: the wide
// stage fills the window (no black bands), every panel is on screen and clear of the others,
// the district map's labels (read from the ECharts instance, as in wall-map-labels.test.ts)
// do not overlap, and the total reads the database's figure. A window that turns from
// 1920x1080 into 3840x1080 switches layout live, with its charts resized rather than
// multiplied, and back again to the very same 1920x1080 layout. Leaves
// test-results/wall-421000-wide.png, the README's docs/wall-421000-wide.png.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newWallPage, type WallPage } from '../support/browser.js';
import { citySlots, openInstitution } from '../support/figures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { RESULTS_DIR } from './paths.js';
import { mapLabels, named, overlapping, type Box, type LabelBox } from './map-labels.js';

const CITY = '421000'; // 荆州市
const SHASHI = '421002'; // 沙市区, where staff.shashi may edit
const PANELS = ['panel-key-figures', 'panel-ranking', 'panel-map', 'panel-trend', 'panel-targets', 'panel-indicators', 'panel-ticker'];
/** The widest black band a fitted stage may leave (rounding of its width). */
const BAND_PX = 2;

/** What the page functions below touch of the DOM and of ECharts instances (the test tsconfig has no DOM lib). */
interface PageNode {
  getAttribute(name: string): string | null;
  getBoundingClientRect(): Box;
  textContent: string | null;
}
interface PageDocument {
  querySelector(selector: string): PageNode | null;
  querySelectorAll(selector: string): ArrayLike<PageNode>;
}
interface PageChart {
  getOption(): { series?: { type?: string }[] };
  getWidth(): number;
  getHeight(): number;
  getDom(): { clientWidth: number; clientHeight: number };
  isDisposed(): boolean;
}
interface PageGlobals {
  document: PageDocument;
  innerWidth: number;
  innerHeight: number;
  __careboard?: { charts: Set<PageChart>; chartCount(): number };
}

interface Geometry {
  layout: string | null;
  window: { width: number; height: number };
  stage: Box;
  panels: Record<string, Box | null>;
  /** The header's title and its connection state and clock. */
  title: Box | null;
  clock: Box | null;
}

/** The layout the wall is in, the stage's box and every panel's box, in window pixels. */
function geometry(page: Page): Promise<Geometry> {
  return page.evaluate((ids) => {
    const g = globalThis as unknown as PageGlobals;
    const box = (node: PageNode | null): Box | null => {
      if (!node) return null;
      const r = node.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    return {
      layout: g.document.querySelector('.wall')?.getAttribute('data-layout') ?? null,
      window: { width: g.innerWidth, height: g.innerHeight },
      stage: box(g.document.querySelector('.stage')) ?? { x: 0, y: 0, width: 0, height: 0 },
      panels: Object.fromEntries(ids.map((id) => [id, box(g.document.querySelector(`[data-testid="${id}"]`))])),
      title: box(g.document.querySelector('[data-testid="wall-title"]')),
      clock: box(g.document.querySelector('.header-right')),
    };
  }, PANELS);
}

/** Live chart instances, those whose canvas is not the size of its box, and the map chart's size ("698x542"). */
function charts(page: Page): Promise<{ count: number; missized: string[]; map: string }> {
  return page.evaluate(() => {
    const all = [...((globalThis as unknown as PageGlobals).__careboard?.charts ?? [])];
    const missized = all
      .filter((c) => !c.isDisposed() && (c.getWidth() !== c.getDom().clientWidth || c.getHeight() !== c.getDom().clientHeight))
      .map((c) => `${c.getOption().series?.[0]?.type ?? '?'} chart ${c.getWidth()}x${c.getHeight()} in a ${c.getDom().clientWidth}x${c.getDom().clientHeight} box`);
    const map = all.find((c) => c.getOption().series?.[0]?.type === 'map');
    return { count: all.length, missized, map: map ? `${map.getWidth()}x${map.getHeight()}` : 'none' };
  });
}

/** What is wrong with the panels' boxes (missing, empty, outside the window, or over one another or the header's title or clock). */
function panelProblems(g: Geometry): string[] {
  const problems: string[] = [];
  const shown: [string, Box][] = [];
  for (const id of PANELS) {
    const box = g.panels[id];
    if (!box) problems.push(`${id} is missing`);
    else if (box.width < 100 || box.height < 100) problems.push(`${id} is ${box.width}x${box.height}`);
    else if (box.x < -0.5 || box.y < -0.5 || box.x + box.width > g.window.width + 0.5 || box.y + box.height > g.window.height + 0.5) problems.push(`${id} at ${JSON.stringify(box)} is not inside the window`);
    else shown.push([id, box]);
  }
  if (!g.title || !g.clock) problems.push('the header has no title or no clock');
  else shown.push(['the title', g.title], ['the clock', g.clock]);
  return [...problems, ...overlapping(shown).map((pair) => `${pair} overlap`)];
}

/** The black bands beside the stage, in window pixels. */
function bands(g: Geometry): { left: number; right: number; top: number; bottom: number } {
  const { stage, window } = g;
  return { left: stage.x, right: window.width - (stage.x + stage.width), top: stage.y, bottom: window.height - (stage.y + stage.height) };
}

async function waitForLabels(page: Page, districts: number): Promise<LabelBox[]> {
  const seen: { labels: LabelBox[] } = { labels: [] };
  await expect
    .poll(async () => (seen.labels = (await mapLabels(page)) ?? []).length, { timeout: 15_000, interval: 200, message: `the map should draw ${districts} labels` })
    .toBe(districts);
  return seen.labels;
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

describe('the wall of 荆州市 on a 3840x1080 (32:9) wall', () => {
  let wall: WallPage;

  beforeAll(async () => {
    // With a screen token, so the live feed shows what changes below.
    const admin = await api.login('admin.jz');
    const issued = await api.gql<{ issueDisplayToken: { token: string } }>(
      'mutation($city: String!, $name: String!) { issueDisplayToken(cityCode: $city, name: $name) { token } }',
      { city: CITY, name: '指挥中心拼接屏' },
      admin,
    );
    expect(issued.errors, JSON.stringify(issued.errors)).toBeUndefined();
    const token = issued.data!.issueDisplayToken.token;
    wall = await newWallPage(browser, `${api.url}/?city=${CITY}&token=${encodeURIComponent(token)}`, { width: 3840, height: 1080, deviceScaleFactor: 1 });
  });
  afterAll(async () => {
    await wall?.context.close();
  });

  it('uses the wide layout on a 3840x1080 stage that fills the window, with no black band', async () => {
    await expect.poll(async () => (await geometry(wall.page)).layout, { timeout: 10_000 }).toBe('wide');
    const g = await geometry(wall.page);
    expect(g.stage.width).toBeCloseTo(3840, 0);
    expect(g.stage.height).toBeCloseTo(1080, 0);
    for (const [side, px] of Object.entries(bands(g))) expect(Math.abs(px), `the band on the ${side}`).toBeLessThanOrEqual(BAND_PX);
  });

  it('shows every panel inside the window, none over another', async () => {
    expect(panelProblems(await geometry(wall.page))).toEqual([]);
  });

  it('gives the map the most room: the full height of the wall between the panels, in the middle', async () => {
    const { panels } = await geometry(wall.page);
    const map = panels['panel-map']!;
    for (const id of PANELS.filter((p) => p !== 'panel-map')) expect(map.width * map.height, `the map against ${id}`).toBeGreaterThan(2 * panels[id]!.width * panels[id]!.height);
    expect(map.height).toBeGreaterThan(900);
    expect(map.x).toBeGreaterThan(panels['panel-key-figures']!.x + panels['panel-key-figures']!.width);
    expect(map.x + map.width).toBeLessThan(panels['panel-indicators']!.x);
  });

  it('draws a label for every district of 荆州市 on the map, and no two label boxes overlap', async () => {
    const labels = await waitForLabels(wall.page, 8);
    expect(labels.map((l) => l.text.split('\n')[0])).toEqual(expect.arrayContaining(['荆州区', '沙市区', '监利市']));
    expect(overlapping(named(labels))).toEqual([]);
    const drawn = await charts(wall.page);
    expect(drawn.missized).toEqual([]);
    console.log(`3840x1080: the map chart is ${drawn.map}`);
  });

  it('reads the database total, and then a change made through the API, and leaves a screenshot', async () => {
    const thousands = new Intl.NumberFormat('en-US');
    const total = () => wall.page.locator('[data-testid="total-slots"]').textContent();
    try {
      await expect.poll(total, { timeout: 15_000 }).toContain(thousands.format(await citySlots(api, CITY)));
      // A few changes for the live feed, the last one a round figure back.
      const staff = await api.login('staff.shashi');
      for (const delta of [12, -5, -7]) {
        const target = await openInstitution(api, SHASHI);
        const res = await api.gql('mutation($id: ID!, $v: Int!, $slots: Int!) { updateInstitution(id: $id, expectedVersion: $v, patch: { slots: $slots }) { id } }', { id: String(target.id), v: target.version, slots: target.slots + delta }, staff);
        expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      }
      await expect.poll(total, { timeout: 5_000 }).toContain(thousands.format(await citySlots(api, CITY)));
      await expect.poll(() => wall.page.locator('[data-testid="panel-ticker"] li').count(), { timeout: 5_000 }).toBeGreaterThanOrEqual(3);
      // The charts' entry animations run about a second: the picture is the README's docs/wall-421000-wide.png.
      await wall.page.waitForTimeout(1_500);
    } finally {
      await mkdir(RESULTS_DIR, { recursive: true });
      const file = path.join(RESULTS_DIR, `wall-${CITY}-wide.png`);
      await wall.page.screenshot({ path: file });
      console.log(`wide wall screenshot: ${file}`);
    }
  });
});

describe.each([
  { city: CITY, districts: 8, width: 7680, height: 2160, stage: 3840, name: '32:9 at 4K height' },
  { city: CITY, districts: 8, width: 5760, height: 2160, stage: 2880, name: '8:3' },
  { city: CITY, districts: 8, width: 5760, height: 1080, stage: 5760, name: '48:9' },
  { city: '320700', districts: 6, width: 3840, height: 1080, stage: 3840, name: '32:9, 连云港市 in English' },
])('the wall of $city on a $width x $height ($name) wall', ({ city, districts, width, height, stage, name }) => {
  it(`fills the window with a ${stage}x1080 wide stage, every panel inside and none over another, and the map's labels apart`, async () => {
    const lang = city === CITY ? 'zh-CN' : 'en';
    const wall = await newWallPage(browser, `${api.url}/?city=${city}&lang=${lang}`, { width, height, deviceScaleFactor: 1 });
    try {
      await expect.poll(async () => (await geometry(wall.page)).layout, { timeout: 10_000 }).toBe('wide');
      const g = await geometry(wall.page);
      expect(g.stage.width / (g.stage.height / 1080)).toBeCloseTo(stage, 0);
      for (const [side, px] of Object.entries(bands(g))) expect(Math.abs(px), `the band on the ${side}`).toBeLessThanOrEqual(BAND_PX);
      expect(panelProblems(g)).toEqual([]);
      const labels = await waitForLabels(wall.page, districts);
      expect(overlapping(named(labels))).toEqual([]);
      const drawn = await charts(wall.page);
      expect(drawn.missized).toEqual([]);
      console.log(`${name}: the map chart is ${drawn.map}`);
    } finally {
      await mkdir(RESULTS_DIR, { recursive: true });
      const file = path.join(RESULTS_DIR, `wall-${city}-${width}x${height}.png`);
      await wall.page.screenshot({ path: file }).catch(() => undefined);
      console.log(`${name} screenshot: ${file}`);
      await wall.context.close();
    }
  });
});

describe('a 1920x1080 window resized to 3840x1080 and back', () => {
  it('switches to the wide layout live and back to the same 1920x1080 layout, with the same panels and as many chart instances as before, each the size of its box', async () => {
    const wall = await newWallPage(browser, `${api.url}/?city=${CITY}`, { width: 1920, height: 1080, deviceScaleFactor: 1 });
    try {
      await waitForLabels(wall.page, 8);
      const standard = await geometry(wall.page);
      expect(standard.layout).toBe('standard');
      const before = await charts(wall.page);
      expect(before.count).toBeGreaterThan(0);
      // Tag the panels' elements: a layout switch must move them, not mount new ones (which would lose the feed's lines).
      await wall.page.evaluate((ids) => {
        for (const id of ids) Object.assign((globalThis as unknown as PageGlobals).document.querySelector(`[data-testid="${id}"]`) ?? {}, { __seenBefore: true });
      }, PANELS);
      const remounted = () =>
        wall.page.evaluate((ids) => ids.filter((id) => !((globalThis as unknown as PageGlobals).document.querySelector(`[data-testid="${id}"]`) as { __seenBefore?: boolean } | null)?.__seenBefore), PANELS);

      await wall.page.setViewportSize({ width: 3840, height: 1080 });
      await expect.poll(async () => (await geometry(wall.page)).layout, { timeout: 5_000, message: 'the wall should switch to the wide layout' }).toBe('wide');
      const wide = await geometry(wall.page);
      for (const [side, px] of Object.entries(bands(wide))) expect(Math.abs(px), `the band on the ${side}`).toBeLessThanOrEqual(BAND_PX);
      expect(panelProblems(wide)).toEqual([]);
      const labels = await waitForLabels(wall.page, 8);
      expect(overlapping(named(labels))).toEqual([]);
      await expect.poll(async () => (await charts(wall.page)).missized, { timeout: 5_000 }).toEqual([]);
      expect((await charts(wall.page)).count, 'chart instances after the switch').toBe(before.count);
      expect(await remounted(), 'panels mounted anew by the switch').toEqual([]);

      await wall.page.setViewportSize({ width: 1920, height: 1080 });
      await expect.poll(async () => (await geometry(wall.page)).layout, { timeout: 5_000 }).toBe('standard');
      await waitForLabels(wall.page, 8);
      expect(await geometry(wall.page)).toEqual(standard);
      await expect.poll(async () => (await charts(wall.page)).missized, { timeout: 5_000 }).toEqual([]);
      expect((await charts(wall.page)).count, 'chart instances after switching back').toBe(before.count);
      expect(await remounted(), 'panels mounted anew by switching back').toEqual([]);
    } finally {
      await wall.context.close();
    }
  });
});
